package org.defstats.gated;

import java.util.List;
import java.util.Set;

import org.defstats.arrivals.ArrivalsJobType;
import org.defstats.csv.CsvLine;
import org.defstats.csv.LineCheck;
import org.defstats.csv.LineRules;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.text.Language;

/**
 * A job type that exists only in the test sources, for the tests that kill or stop a defstats process in the middle
 * of a job: the shipped arrivals type in every respect (inputs, rules, settings, tables, charts), except that a run
 * holds at the {@link Gate} its process names, so that the tests run it on the small shipped inputs rather than on
 * an input large enough to take seconds.
 */
public final class GatedArrivalsJobType implements JobType {

    public static final String NAME = "gated-arrivals";

    private final JobType arrivals = new ArrivalsJobType();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<InputRole<?>> inputs() {
        return arrivals.inputs().stream().<InputRole<?>>map(GatedArrivalsJobType::gated).toList();
    }

    @Override
    public Set<String> settingKeys() {
        return arrivals.settingKeys();
    }

    @Override
    public Record readSettings(JobFileSection section) {
        return arrivals.readSettings(section);
    }

    @Override
    public Class<? extends Record> settingsType() {
        return arrivals.settingsType();
    }

    @Override
    public List<TableSpec> tables() {
        return arrivals.tables();
    }

    @Override
    public String title(Record settings, Language language) {
        return arrivals.title(settings, language);
    }

    @Override
    public TableText tableText(String table, TableSpec spec, Record settings, Language language) {
        return arrivals.tableText(table, spec, settings, language);
    }

    @Override
    public java.util.Optional<String> valueLabel(String table, String column, String code, Language language) {
        return arrivals.valueLabel(table, column, code, language);
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return arrivals.rulesNeedingEveryRow();
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        return arrivals.checkRows(rows, settings);
    }

    @Override
    public Publication publish(StagedRows rows, Record settings, PublishContext context) {
        Gate.at("publish");
        return arrivals.publish(rows, settings, context);
    }

    private static <S extends Record> InputRole<S> gated(InputRole<S> role) {
        return new InputRole<>(role.name(), role.columns(), role.optional(), role.rowsStandAlone(), role.rowType(),
                () -> new GatedRules<>(role.name(), role.rules().get()));
    }

    /** The arrivals rules of one line, after the gate at {@code ROLE:LINE}. */
    private record GatedRules<S>(String role, LineRules<S> rules) implements LineRules<S> {

        @Override
        public S apply(LineCheck check) {
            Gate.at(role + ":" + check.line().line());
            return rules.apply(check);
        }

        @Override
        public boolean isTotalRow(CsvLine line) {
            return rules.isTotalRow(line);
        }
    }
}
