package org.defstats.arrivals;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staging table of arrivals rows, one set per job execution. */
class ArrivalsStaging {

    private final JdbcClient jdbc;

    ArrivalsStaging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static JdbcBatchItemWriter<StagedArrival> writer(DataSource dataSource) {
        return new JdbcBatchItemWriterBuilder<StagedArrival>()
                .dataSource(dataSource)
                .sql("INSERT INTO DEFSTATS_ARRIVALS_STAGE (JOB_EXECUTION_ID, INPUT_ROLE, LINE_NUMBER, PERIOD_LABEL, "
                        + "MALE, FEMALE, TOTAL, TOTAL_ROW) VALUES (:jobExecutionId, :inputRole, :lineNumber, :periodLabel, "
                        + ":male, :female, :total, :totalRow)")
                .itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
                .build();
    }

    List<StagedArrival> load(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM DEFSTATS_ARRIVALS_STAGE WHERE JOB_EXECUTION_ID = :id "
                        + "ORDER BY INPUT_ROLE, LINE_NUMBER")
                .param("id", jobExecutionId)
                .query(StagedArrival.class)
                .list();
    }

    void delete(long jobExecutionId) {
        jdbc.sql("DELETE FROM DEFSTATS_ARRIVALS_STAGE WHERE JOB_EXECUTION_ID = :id").param("id", jobExecutionId)
                .update();
    }
}
