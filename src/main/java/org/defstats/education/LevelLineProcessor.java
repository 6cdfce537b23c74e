package org.defstats.education;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
        Level level = Arrays.stream(Level.values()).filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> line.problem("level", "level", "'" + code + "' is not an education level; the "
                        + "levels are " + Arrays.stream(Level.values()).map(Level::code).collect(Collectors.joining(", "))));
        return new StagedLevelCount(jobExecutionId, line.line(), year, level.code(), line.requiredCount("count"));
    }
}
