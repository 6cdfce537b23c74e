package org.defstats.report;

import java.util.Optional;

import org.defstats.jobs.JobType;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.text.Language;

/**
 * The words of a job type that a report in one language shows: what its tables show as a whole, each table's
 * title and column titles, and the labels of the codes in its columns (an education level, a sex). They come
 * from the job type's message catalogue of that language ({@link #of}).
 */
public interface ReportWords {

    /** What the job's tables show, the report's heading. */
    String title();

    /** The title of a table and of each of its columns. */
    TableText table(String file, TableSpec spec);

    /** The label of a code in a column of a table; empty where there is none, so that the code is shown. */
    Optional<String> value(String table, String column, String code);

    /** The words of a job of this type and settings, in a language, from the type's catalogue. */
    static ReportWords of(JobType type, Record settings, Language language) {
        return new ReportWords() {
            @Override
            public String title() {
                return type.title(settings, language);
            }

            @Override
            public TableText table(String file, TableSpec spec) {
                return type.tableText(file, spec, settings, language);
            }

            @Override
            public Optional<String> value(String table, String column, String code) {
                return type.valueLabel(table, column, code, language);
            }
        };
    }
}
