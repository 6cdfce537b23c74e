package org.defstats.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.defstats.jobs.InputRole;
import org.defstats.jobs.StagedRows;

/** The staged rows of a run's inputs, read back from its stage folder for the job type's checks and statistics. */
final class StagedInputs implements StagedRows {

    private final Set<String> given;
    private final Map<String, StagedRowsFile.Rows<?>> byRole = new HashMap<>();

    private StagedInputs(Set<String> given) {
        this.given = given;
    }

    static StagedInputs read(StageFolder stage, List<InputRole<?>> roles, Set<String> given) throws IOException {
        StagedInputs inputs = new StagedInputs(given);
        for (InputRole<?> role : roles) {
            inputs.byRole.put(role.name(), read(stage.file(role.name()), role));
        }
        return inputs;
    }

    private static <S extends Record> StagedRowsFile.Rows<S> read(Path file, InputRole<S> role)
            throws IOException {
        return Files.exists(file) ? StagedRowsFile.read(file, role.rowType())
                : new StagedRowsFile.Rows<>(List.of(), List.of());
    }

    @Override
    public <S extends Record> List<S> rows(InputRole<S> role) {
        return rowsOf(role).rows();
    }

    @Override
    public <S extends Record> List<S> totalRows(InputRole<S> role) {
        return rowsOf(role).totalRows();
    }

    @Override
    public boolean given(InputRole<?> role) {
        return given.contains(role.name());
    }

    @SuppressWarnings("unchecked")
    private <S extends Record> StagedRowsFile.Rows<S> rowsOf(InputRole<S> role) {
        StagedRowsFile.Rows<?> rows = byRole.get(role.name());
        if (rows == null) {
            throw new IllegalArgumentException("no input " + role.name() + " was staged");
        }
        return (StagedRowsFile.Rows<S>) rows;
    }
}
