package org.defstats.jobs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.output.TableTexts;
import org.defstats.text.Language;
import org.defstats.text.Messages;

/**
 * A kind of job that defstats has code for (the {@code type} of a job file), declared in one package: its
 * inputs with their columns and rules of one line, its settings, its rules across rows, its statistics and the
 * tables and charts it publishes. The plumbing reads, checks, stages, publishes and audits every type alike.
 * Job types are found with {@link java.util.ServiceLoader} (see {@link JobTypes}), not listed.
 */
public interface JobType {

    /** The value of {@code type} in job files, and the name of the Spring Batch job. */
    String name();

    /** The inputs, in reading order. */
    List<InputRole<?>> inputs();

    /** The input roles a job file of this type names under {@code inputs}, in reading order. */
    default List<String> inputRoles() {
        return inputs().stream().map(InputRole::name).toList();
    }

    /** The input roles a job file may leave out. */
    default Set<String> optionalInputRoles() {
        return Set.copyOf(inputs().stream().filter(InputRole::optional).map(InputRole::name).toList());
    }

    /** The keys of the settings of this type, besides the keys every job file has. */
    Set<String> settingKeys();

    /** Reads and checks the settings of a job file of this type; absent keys take their defaults. */
    Record readSettings(JobFileSection section);

    /** The record class that {@link #readSettings} returns. */
    Class<? extends Record> settingsType();

    /** The tables this type publishes, with their columns, units and key columns. */
    List<TableSpec> tables();

    /**
     * The rules across rows that a missing row could break (a gap, a missing level); they are not reported while
     * lines are rejected, since a rejected line may be that row.
     */
    Set<String> rulesNeedingEveryRow();

    /** The problems across the staged rows of the inputs, each placed in the input it is about. */
    List<RoleProblem> checkRows(StagedRows rows, Record settings);

    /** The tables and charts to publish from rows that passed every rule. */
    Publication publish(StagedRows rows, Record settings, PublishContext context);

    /**
     * What the tables of a job of this type show, in a language: the data package's title. By default the
     * message {@code dataset.title} of the type's catalogue (messages_LANG.properties in its package).
     */
    default String title(Record settings, Language language) {
        return Messages.of(getClass(), language).get("dataset.title");
    }

    /**
     * The words of a table this type published, in a language, for the data package. By default from the type's
     * catalogue under the table's file name without {@code .csv} ({@link TableTexts}); a type whose job file names
     * a table (a pattern in its spec) says which words it takes.
     *
     * @param table the file name of the table, e.g. {@code yearly.csv}
     * @param spec  the spec the table was written from
     */
    default TableText tableText(String table, TableSpec spec, Record settings, Language language) {
        return TableTexts.of(Messages.of(getClass(), language), TableTexts.key(table), spec);
    }

    /**
     * What a reader is shown for a code in a column of a table (an education level, a sex, an occupation), in a
     * language: by default the message {@code value.TABLE.COLUMN.CODE} of the type's catalogue, or where it has no
     * such key {@code value.COLUMN.CODE}, which every table of the type shares; empty where the catalogue names
     * no label (a group's name as the input gives it), so that the code is shown as it is.
     *
     * @param table the file name of the table, e.g. {@code levels.csv}
     */
    default Optional<String> valueLabel(String table, String column, String code, Language language) {
        Messages messages = Messages.of(getClass(), language);
        return messages.find("value." + TableTexts.key(table) + "." + column + "." + code)
                .or(() -> messages.find("value." + column + "." + code));
    }
}
