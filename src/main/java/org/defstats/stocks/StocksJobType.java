package org.defstats.stocks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.defstats.arrivals.ArrivalLineRules;
import org.defstats.arrivals.ArrivalRow;
import org.defstats.jobs.InputRole;
import org.defstats.jobs.JobFileSection;
import org.defstats.jobs.JobType;
import org.defstats.jobs.PublishContext;
import org.defstats.jobs.Publication;
import org.defstats.jobs.RoleProblem;
import org.defstats.jobs.StagedRows;
import org.defstats.output.OutputFile;
import org.defstats.output.TableSpec;

/**
 * The {@code stocks} job type: the MOU's cumulative tables of everyone who had arrived by a month, by education,
 * occupation and age at entry ({@code education}, {@code occupation}, {@code age}; any of them), checked against
 * the yearly arrivals ({@code arrivals}, optional). It has no settings.
 */
public final class StocksJobType implements JobType {

    static final String ARRIVALS = "arrivals";

    /** The settings of a stocks job: none besides the keys every job has. */
    public record StocksSettings() {
    }

    /** A skipped row would change its snapshot's total and shares, so no row may be skipped. */
    private static final List<InputRole<StockRow>> BREAKDOWNS = java.util.Arrays.stream(Breakdown.values())
            .map(b -> new InputRole<>(b.code(), StockLineRules.columns(b), true, false, StockRow.class,
                    () -> new StockLineRules(b)))
            .toList();
    /** A skipped arrivals row only leaves years unknown, which are then not compared. */
    private static final InputRole<ArrivalRow> ARRIVALS_INPUT = new InputRole<>(ARRIVALS, ArrivalLineRules.COLUMNS,
            true, true, ArrivalRow.class, ArrivalLineRules::yearly);

    @Override
    public String name() {
        return "stocks";
    }

    @Override
    public List<InputRole<?>> inputs() {
        List<InputRole<?>> inputs = new ArrayList<>(BREAKDOWNS);
        inputs.add(ARRIVALS_INPUT);
        return inputs;
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of();
    }

    @Override
    public Record readSettings(JobFileSection section) {
        return new StocksSettings();
    }

    @Override
    public Class<? extends Record> settingsType() {
        return StocksSettings.class;
    }

    @Override
    public List<TableSpec> tables() {
        return StockTables.specs();
    }

    @Override
    public Set<String> rulesNeedingEveryRow() {
        return Set.of("total-row", "no-data", "categories-missing", "sexes");
    }

    @Override
    public List<RoleProblem> checkRows(StagedRows rows, Record settings) {
        List<RoleProblem> problems = new ArrayList<>();
        List<CumulativeArrivals> arrivals = arrivals(rows);
        for (InputRole<StockRow> role : given(rows)) {
            Breakdown breakdown = Breakdown.ofCode(role.name()).orElseThrow();
            List<StockRow> stock = stock(rows, role);
            StockChecks.rows(breakdown, stock).forEach(p -> problems.add(new RoleProblem(role.name(), p)));
            StockChecks.againstArrivals(stock, arrivals).forEach(p -> problems.add(new RoleProblem(role.name(), p)));
        }
        return problems;
    }

    @Override
    public Publication publish(StagedRows rows, Record settings, PublishContext context) {
        List<InputRole<StockRow>> given = given(rows);
        if (given.isEmpty()) {
            throw new IllegalArgumentException("a stocks job needs at least one of the inputs education, occupation "
                    + "and age; name them under inputs in the job file");
        }
        List<CumulativeArrivals> arrivals = arrivals(rows);
        List<OutputFile> tables = new ArrayList<>();
        List<OutputFile> charts = new ArrayList<>();
        List<FemaleShare> femaleShares = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        List<RoleProblem> warnings = new ArrayList<>();
        for (InputRole<StockRow> role : given) {
            Breakdown breakdown = Breakdown.ofCode(role.name()).orElseThrow();
            List<StockRow> stock = stock(rows, role);
            List<CategoryShare> shares = StockStatistics.shares(breakdown, stock);
            tables.add(OutputFile.table(StockTables.shares(breakdown, shares)));
            femaleShares.addAll(StockStatistics.femaleShares(breakdown, stock));
            List<Flow> breakdownFlows = StockStatistics.flows(breakdown, stock);
            flows.addAll(breakdownFlows);
            coverage.addAll(StockStatistics.coverage(breakdown, stock, arrivals));
            StockStatistics.warnings(breakdown, stock)
                    .forEach(w -> warnings.add(new RoleProblem(role.name(), w.asRowProblem())));
            if (breakdown == Breakdown.AGE && AgePyramidChart.latestWithBothSexes(shares).isPresent()) {
                charts.addAll(OutputFile.charts("age-pyramid", context.languages(), language -> AgePyramidChart
                        .chart(shares, context.source(), ChartFormats.messages(language)).orElseThrow()));
            }
            charts.addAll(OutputFile.charts("composition-" + breakdown.code(), context.languages(), language ->
                    CompositionChart.chart(breakdown, shares, context.source(), ChartFormats.messages(language))));
            if (!breakdownFlows.isEmpty()) {
                charts.addAll(OutputFile.charts("flows-" + breakdown.code(), context.languages(), language ->
                        FlowsChart.chart(breakdown, breakdownFlows, context.source(), ChartFormats.messages(language))));
            }
        }
        tables.add(OutputFile.table(StockTables.femaleShares(femaleShares)));
        tables.add(OutputFile.table(StockTables.flows(flows)));
        tables.add(OutputFile.table(StockTables.coverage(coverage)));
        List<OutputFile> files = new ArrayList<>(tables);
        files.addAll(charts);
        return new Publication(files, warnings);
    }

    private static List<InputRole<StockRow>> given(StagedRows rows) {
        return BREAKDOWNS.stream().filter(rows::given).toList();
    }

    /** The rows of a breakdown with its total rows, in line order, as the checks and statistics read them. */
    private static List<StockRow> stock(StagedRows rows, InputRole<StockRow> role) {
        List<StockRow> stock = new ArrayList<>(rows.rows(role));
        stock.addAll(rows.totalRows(role));
        stock.sort(Comparator.comparingLong(StockRow::line));
        return stock;
    }

    private static List<CumulativeArrivals> arrivals(StagedRows rows) {
        return CumulativeArrivals.byYearEnd(rows.rows(ARRIVALS_INPUT).stream()
                .map(r -> new YearlyArrivals(r.period(), r.male(), r.female(), r.total())).toList());
    }
}
