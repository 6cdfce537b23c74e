package org.defstats.report;

import java.util.List;

import org.defstats.text.Messages;

/**
 * What {@code report.html} shows of a run, every figure already formatted as the report prints it. The template
 * ({@code src/main/jte/report/report.jte}) only lays it out; {@link ReportModels} builds it.
 *
 * @param identity  what differs between two runs of the same inputs by nature, shown in elements marked
 *                  {@code data-run-identity} that replay leaves out of its comparison
 * @param revisions the figures that differ from the previous published run, also marked as the run's identity
 *                  (a replay has no previous run); revised cells carry their previous value
 * @param text      the report's own words in the page's language (headings, legends), from the catalogue of
 *                  package {@code report}
 * @param font      the {@code @font-face} rule that carries the glyphs of the page's Korean text, or none
 */
public record ReportModel(Page page, Job job, Identity identity, List<Chart> charts, List<TableView> tables,
        RevisionList revisions, List<Problem> warnings, Rejects rejects, Provenance provenance, Messages text,
        KoreanFont font) {

    public ReportModel {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** This model with the font rule of its page's text. */
    ReportModel withFont(KoreanFont pageFont) {
        return new ReportModel(page, job, identity, charts, tables, revisions, warnings, rejects, provenance, text,
                pageFont);
    }

    /**
     * The page: its language code (the {@code lang} attribute), its heading (what the job's tables show, in that
     * language) and the reports of the run in every language of the job, this one marked current.
     */
    public record Page(String lang, String title, List<Alternate> alternates) {

        public Page {
            alternates = List.copyOf(alternates);
        }
    }

    /** The report of the run in a language: the language's name in itself, and the file. */
    public record Alternate(String lang, String name, String file, boolean current) {
    }

    /** The job as its job file describes it. */
    public record Job(String name, String type, String description, String source) {
    }

    /**
     * The run's identity: its id, start time (ISO-8601, UTC), the defstats build and its git commit, and the
     * command that replays it.
     */
    public record Identity(String runId, String startedAt, String version, String commit, String replayCommand) {
    }

    /**
     * A chart: its SVG embedded, and links to its files relative to the run folder.
     *
     * @param png the PNG file's path, empty when the run has none
     */
    public record Chart(String name, String png, String svgFile, InlineSvg svg) {
    }

    /**
     * A table of the run as it prints: its CSV file, the columns with their units and the formatted rows.
     *
     * @param hasEmptyCells whether a cell shows no figure, so that the legend explains the dash
     * @param hasRevisions  whether a cell was revised, so that the legend explains the mark
     * @param hasShares     whether a column is a share, whose cells give the persons it is of (n)
     */
    public record TableView(String name, String title, String file, List<Column> columns, List<List<Cell>> rows,
            boolean hasEmptyCells, boolean hasRevisions, boolean hasShares) {

        public TableView {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A column: its name in the CSV (a stable code), its title for readers and its unit in words, empty when the
     * job type declares none or the column's cells are labels (a year, a code).
     */
    public record Column(String name, String title, String unit) {
    }

    /**
     * A cell: the figure as the CSV has it, with thousands separators in counts and amounts ({@code 1,418}).
     *
     * @param empty    the CSV cell is empty: there is no figure (shown as a dash, never 0)
     * @param number   the cell is an amount, aligned right (not a year or a period)
     * @param previous the figure the previous run published in this cell when this run revised it, else empty
     * @param n        for a share, the persons it is a share of, formatted ({@code 1,418}); else empty
     */
    public record Cell(String text, boolean empty, boolean number, boolean revised, String previous, String n) {
    }

    /** The revisions against the previous published run, formatted as the tables show figures. */
    public record RevisionList(String previousRunId, List<Revision> revisions) {

        public RevisionList {
            revisions = List.copyOf(revisions);
        }
    }

    /** One revised figure; an empty {@code current} is a figure this run no longer publishes. */
    public record Revision(String table, String key, String column, String previous, String current) {
    }

    /** A warning or a rejected line: {@code file:line:column}, the rule broken and the message. */
    public record Problem(String place, String rule, String message) {
    }

    /**
     * The lines that {@code max-rejects} let the run skip.
     *
     * @param count  how many problems they had in all
     * @param listed those listed in {@code rejects.csv}
     * @param file   the file listing them, empty when there are none
     */
    public record Rejects(long count, List<Problem> listed, String file) {

        public Rejects {
            listed = List.copyOf(listed);
        }
    }

    /** Where the figures come from: the job file and every input, as archived for the run. */
    public record Provenance(JobFile jobFile, List<Input> inputs) {

        public Provenance {
            inputs = List.copyOf(inputs);
        }
    }

    /** The job file, its SHA-256 and its archived copy relative to the output folder. */
    public record JobFile(String name, String sha256, String archived) {
    }

    /** An input: its role and name, the encoding it was read in, the data rows used, SHA-256 and archived copy. */
    public record Input(String role, String name, String encoding, String rows, String sha256, String archived) {
    }
}
