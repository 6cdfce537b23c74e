package org.defstats.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defstats.disclosure.CountTable;
import org.defstats.disclosure.DisclosureControl;
import org.defstats.disclosure.ProtectedTable;
import org.defstats.disclosure.Protection;
import org.defstats.jobs.Folding;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.output.TableTexts;
import org.defstats.text.Language;
import org.defstats.text.Messages;

/**
 * The {@code register} job type: a person-level register ({@code register}) counted into the cross-tables the job
 * file lists, in one pass while it is read ({@link Tabulation}), then protected together by disclosure control;
 * only the protected tables are published, with their charts, and the audit goes into the manifest.
 */
public final class RegisterJobType implements JobType {

    static final String REGISTER = "register";

    /** A missing person would change every table, so no line may be skipped. */
    static final InputRole<Person> REGISTER_INPUT = new InputRole<>(REGISTER, RegisterLineRules.COLUMNS, false,
            false, Person.class, RegisterLineRules::new,
            new Folding<>(Cell.class, settings -> new Tabulation((RegisterSettings) settings)));

    @Override
    public String name() {
        return "register";
    }

    @Override
    public List<InputRole<?>> inputs() {
        return List.of(REGISTER_INPUT);
    }

    @Override
    public Set<String> settingKeys() {
        return RegisterSettingsReader.KEYS;
    }

    @Override
    public Record readSettings(JobFileSection section) {
        return RegisterSettingsReader.read(section);
    }

    @Override
    public Class<? extends Record> settingsType() {
        return RegisterSettings.class;
    }

    @Override
    public List<TableSpec> tables() {
        return RegisterTables.specs();
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return Set.of();
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        return List.of();
    }

    @Override
    public Publication publish(StagedRows rows, Record settings, PublishContext context) {
        RegisterSettings register = (RegisterSettings) settings;
        List<CountTable> counts = context.computedFrom(REGISTER, () -> Tabulation.countTables(register,
                rows.cells(REGISTER_INPUT, Cell.class)));
        Protection protection = DisclosureControl.protect(counts, register.rules());
        AgeBands bands = register.bands();
        List<OutputFile> files = new ArrayList<>();
        for (ProtectedTable table : protection.tables()) {
            files.add(OutputFile.table(RegisterTables.table(table, bands)));
        }
        for (ProtectedTable table : protection.tables()) {
            if (RegisterChart.charted(table, bands)) {
                files.addAll(OutputFile.charts(table.name(), context.languages(), language -> RegisterChart.chart(
                        table, bands, context.source(), RegisterChart.messages(language))));
            }
        }
        return new Publication(files, List.of(), Optional.of(protection.audit()));
    }

    /** Every table takes the words of a cross-table, with the names of its dimensions. */
    @Override
    public TableText tableText(String table, TableSpec spec, Record settings, Language language) {
        Messages text = Messages.of(RegisterJobType.class, language);
        List<String> names = spec.columns().stream().map(TableSpec.Column::name)
                .filter(column -> Dimension.ofCode(column).isPresent())
                .map(column -> text.get("phrase." + column)).toList();
        String title = RegisterChart.title(names, text);
        return TableTexts.of(text, "cross", spec, title, String.join(", ", names));
    }
}
