package org.defstats.education;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staging table of education rows, one set per job execution. */
class EducationStaging {

    private final JdbcClient jdbc;

    EducationStaging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static JdbcBatchItemWriter<StagedLevelCount> writer(DataSource dataSource) {
        return new JdbcBatchItemWriterBuilder<StagedLevelCount>()
                .dataSource(dataSource)
                .sql("INSERT INTO DEFSTATS_EDUCATION_STAGE (JOB_EXECUTION_ID, INPUT_ROLE, LINE_NUMBER, ARRIVAL_YEAR, "
                        + "EDUCATION_LEVEL, PERSONS, TOTAL_ROW) VALUES (:jobExecutionId, :inputRole, :lineNumber, "
                        + ":arrivalYear, :educationLevel, :persons, :totalRow)")
                .itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
                .build();
    }

    List<StagedLevelCount> load(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM DEFSTATS_EDUCATION_STAGE WHERE JOB_EXECUTION_ID = :id ORDER BY INPUT_ROLE, LINE_NUMBER")
                .param("id", jobExecutionId)
                .query(StagedLevelCount.class)
                .list();
    }

    void delete(long jobExecutionId) {
        jdbc.sql("DELETE FROM DEFSTATS_EDUCATION_STAGE WHERE JOB_EXECUTION_ID = :id").param("id", jobExecutionId)
                .update();
    }
}
