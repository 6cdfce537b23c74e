package org.defstats.education;

import java.time.Year;
import java.util.List;

import org.defstats.csv.CsvLine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks one line of an education export and turns it into a staged row. */
class LevelLineProcessor implements ItemProcessor<CsvLine, StagedLevelCount> {

    static final List<String> COLUMNS = List.of("year", "level", "count");

    private final long jobExecutionId;

    LevelLineProcessor(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public StagedLevelCount process(CsvLine line) {
        String yearText = line.text("year");
        if (!yearText.matches("\\d{4}")) {
            throw line.problem("year", "year", "year must be a year such as 2012, not '" + yearText + "'");
        }
        int year = Integer.parseInt(yearText);
        if (year < 1945 || year > Year.now().getValue()) {
            throw line.problem("year", "year", "year " + year + " is outside 1945 to " + Year.now().getValue());
        }
        String code = line.text("level");
        Level level = Level.ofCode(code).orElseThrow(() -> line.problem("level", "level",
                "'" + code + "' is not an education level; the levels are " + Level.codes()));
        return new StagedLevelCount(jobExecutionId, line.line(), year, level.code(), line.requiredCount("count"));
    }
}
