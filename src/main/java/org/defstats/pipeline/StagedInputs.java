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
            List<Path> parts = role.folding() == null ? List.of() : stage.parts(role.name());
            inputs.byRole.put(role.name(), parts.isEmpty() ? read(stage.file(role.name()), role) : joined(parts, role));
        }
        return inputs;
    }

    /** The cells of the partitions of a folded input, one after another: the fold's cells add up. */
    private static StagedRowsFile.Rows<?> joined(List<Path> parts, InputRole<?> role) throws IOException {
        List<Object> cells = new java.util.ArrayList<>();
        for (Path part : parts) {
            cells.addAll(read(part, role).rows());
        }
        return new StagedRowsFile.Rows<>(cells, List.of());
    }

    /** The staged rows of an input, or for a folded input its staged cells. */
    private static StagedRowsFile.Rows<?> read(Path file, InputRole<?> role) throws IOException {
        Class<? extends Record> type = role.folding() == null ? role.rowType() : role.folding().cellType();
        return Files.exists(file) ? StagedRowsFile.read(file, type) : new StagedRowsFile.Rows<>(List.of(), List.of());
    }

    @Override
    public <S extends Record> List<S> rows(InputRole<S> role) {
        if (role.folding() != null) {
            throw new IllegalArgumentException("input " + role.name() + " is folded while read; its cells are read "
                    + "with cells()");
        }
        return rowsOf(role).rows();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C extends Record> List<C> cells(InputRole<?> role, Class<C> cellType) {
        if (role.folding() == null || !role.folding().cellType().equals(cellType)) {
            throw new IllegalArgumentException("input " + role.name() + " is not folded into " + cellType.getName());
        }
        StagedRowsFile.Rows<?> rows = byRole.get(role.name());
        if (rows == null) {
            throw new IllegalArgumentException("no input " + role.name() + " was staged");
        }
        return (List<C>) rows.rows();
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
