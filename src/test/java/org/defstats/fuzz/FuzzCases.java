package org.defstats.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.defstats.jobs.JobTypes;
import org.defstats.csv.LineProblem;
import org.defstats.jobs.JobDefinition;
import org.defstats.jobs.JobFileReader;

/** Cases of the input fuzz test: the sample inputs mutated at random, and what README's rules make of each mutation. */
final class FuzzCases {

    static final Path SAMPLES = Path.of("input");
    static final Path JOBS = Path.of("jobs");
    private static final JobFileReader JOB_FILES =
            new JobFileReader(JobTypes.all());
    private static final AtomicInteger RUNS = new AtomicInteger();

    private FuzzCases() {
    }

    /** What the mutations of a case did to the figures of its inputs, as far as the rules of README decide it. */
    enum Effect {
        /** the figures are unchanged: the run must publish the canonical tables */
        SAME,
        /** the figures are unchanged if the file is read at all (an encoding the detection may refuse) */
        SAME_IF_PUBLISHED,
        /** the figures changed within the rules: the run must publish, tables consistent */
        CHANGED,
        /** a rule is broken: the run must be refused */
        REFUSED,
        /** the file is not text defstats reads, whatever else happened: refused */
        ALWAYS_REFUSED,
        /** no rule decides it here: published consistent tables or a clean refusal */
        UNKNOWN;

        static Effect combine(List<Effect> effects) {
            if (effects.contains(ALWAYS_REFUSED)) {
                return REFUSED;
            }
            if (effects.contains(UNKNOWN)) {
                return UNKNOWN;
            }
            List<Effect> changes = effects.stream().filter(e -> e != SAME).toList();
            List<Effect> firm = changes.stream().filter(e -> e != SAME_IF_PUBLISHED).toList();
            if (changes.isEmpty()) {
                return SAME;
            }
            if (firm.isEmpty()) {
                return SAME_IF_PUBLISHED;
            }
            if (firm.size() > 1) {
                return UNKNOWN;
            }
            return firm.get(0) == REFUSED || firm.size() == changes.size() ? firm.get(0) : UNKNOWN;
        }
    }

    /** An input of a job: its role and file, and which of its columns the job reads. */
    private record Input(String job, String role, String file) {

        boolean arrivalsJob() {
            return job.equals("arrivals");
        }

        boolean levels() {
            return role.equals("levels");
        }

        /** Whether the job checks the total rows of this input against its rows. */
        boolean checksTotals() {
            return role.equals("yearly") || levels();
        }

        List<String> columns() {
            return levels() ? List.of("year", "level", "count") : List.of("period", "male", "female", "total");
        }

        /** The education job reads only the period and total of its arrivals input. */
        boolean reads(String column) {
            return arrivalsJob() || levels() || column.equals("period") || column.equals("total");
        }

        boolean requires(String column) {
            return !column.equals("male") && !column.equals("female");
        }
    }

    /** One mutated case: the bytes of every input, what was done, and what must come of it. */
    record Case(String job, int number, long seed, Map<String, byte[]> files, Set<String> mutated,
            List<String> mutations, Effect effect, long minProblems, Map<String, List<Integer>> rows) {

        Path writeInputs(Path folder) {
            files.forEach((name, bytes) -> write(folder.resolve(name), bytes));
            return folder;
        }

        String describe() {
            StringBuilder text = new StringBuilder(job + " case " + number + " (case seed "
                    + seed + "L), expected " + effect + "; mutations:");
            mutations.forEach(m -> text.append("\n    ").append(m));
            for (String file : mutated) {
                byte[] bytes = files.get(file);
                text.append("\n  ").append(file).append(" (").append(bytes.length).append(" bytes, shortened):\n    ")
                        .append(shown(bytes));
            }
            return text.toString();
        }

        private static String shown(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String cut = text.length() <= 1500 ? text
                    : text.substring(0, 1100) + " … [" + (text.length() - 1400) + " chars] … "
                            + text.substring(text.length() - 300);
            StringBuilder shown = new StringBuilder();
            cut.codePoints().forEach(c -> {
                if (c == '\n') {
                    shown.append("\\n\n    ");
                }
                else if (c == '\r') {
                    shown.append("\\r");
                }
                else if (Character.isISOControl(c) || c == '\uFEFF') {
                    shown.append(String.format("\\u%04x", c));
                }
                else {
                    shown.appendCodePoint(c);
                }
            });
            return shown.toString();
        }
    }

    private static final Map<String, byte[]> ORIGINALS = new LinkedHashMap<>();
    private static final Set<Integer> YEARS_WITH_SPANS = new LinkedHashSet<>();
    private static final Set<Integer> EDUCATION_YEARS = new LinkedHashSet<>();

    static {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                ORIGINALS.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new String(ORIGINALS.get("mou-arrivals-partial-periods.csv"), StandardCharsets.UTF_8).lines().skip(1)
                .forEach(line -> YEARS_WITH_SPANS.add(Integer.parseInt(line.substring(0, 4))));
        new String(ORIGINALS.get("illustrative-education-by-year.csv"), StandardCharsets.UTF_8).lines().skip(1)
                .forEach(line -> EDUCATION_YEARS.add(Integer.parseInt(line.substring(0, 4))));
    }

    /** The sample inputs of one job and the cases made from them. */
    static final class Fuzzer {

        final String name;
        final JobDefinition job;
        final List<Input> inputs;
        private final long seed;

        /** @param seed the seed of every case: case {@code n} of a job is the same for the same seed */
        Fuzzer(String name, long seed) {
            this.name = name;
            this.seed = seed;
            this.job = JOB_FILES.read(JOBS.resolve(name + ".yaml"));
            this.inputs = job.inputs().entrySet().stream().map(e -> new Input(name, e.getKey(), e.getValue()))
                    .toList();
        }

        Map<String, byte[]> originals() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            inputs.forEach(i -> files.put(i.file(), ORIGINALS.get(i.file())));
            return files;
        }

        /** The job as its file defines it, with a source of its own so that every run is a new job instance. */
        JobDefinition definition() {
            JobDefinition j = job;
            return new JobDefinition(j.file(), j.name(), j.description(), j.type(), j.inputs(), j.encodings(),
                    j.maxRejects(), j.schedule(), j.source() + " (input fuzz run " + RUNS.incrementAndGet() + ")",
                    j.settings());
        }

        /** Case {@code number} of this job: the same for the same seed. */
        Case generate(int number) {
            long caseSeed = new SplittableRandom(seed + 1_000_003L * name.hashCode() + number).nextLong();
            SplittableRandom random = new SplittableRandom(caseSeed);
            Map<String, byte[]> files = originals();
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            inputs.forEach(i -> rows.put(i.file(), List.of(Sheet.parse(i).data().size(), 0)));
            List<String> log = new ArrayList<>();
            List<Effect> effects = new ArrayList<>();
            long minProblems = 0;
            if (name.equals("education") && random.nextInt(25) == 0) {
                zeroEducationYear(random, files, log);
                effects.add(Effect.UNKNOWN);
            }
            else {
                List<Input> targets = random.nextInt(5) == 0 ? inputs
                        : List.of(inputs.get(random.nextInt(inputs.size())));
                for (Input target : targets) {
                    Mutator mutator = new Mutator(Sheet.parse(target), random, log);
                    files.put(target.file(), mutator.mutate(1 + (random.nextBoolean() ? 0 : random.nextInt(3))));
                    rows.put(target.file(), List.of(mutator.sheet.data().size(), mutator.sheet.totalRows));
                    effects.addAll(mutator.effects);
                    minProblems = Math.max(minProblems, mutator.minProblems);
                }
            }
            Effect effect = Effect.combine(effects);
            Set<String> mutated = new LinkedHashSet<>();
            files.forEach((file, bytes) -> {
                if (bytes != ORIGINALS.get(file)) {
                    mutated.add(file);
                }
            });
            boolean onlyBadRows = effects.stream().filter(e -> e != Effect.SAME).count() == 1;
            return new Case(name, number, caseSeed, files, mutated, log, effect,
                    effect == Effect.REFUSED && onlyBadRows ? minProblems : 0, rows);
        }

        /** A year in which nobody arrived: every level of the year 0, and its arrivals 0. */
        private void zeroEducationYear(SplittableRandom random, Map<String, byte[]> files, List<String> log) {
            int year = new ArrayList<>(EDUCATION_YEARS).get(random.nextInt(EDUCATION_YEARS.size()));
            for (Input input : inputs) {
                Sheet sheet = Sheet.parse(input);
                for (Row row : sheet.data()) {
                    String key = row.values.get(input.levels() ? "year" : "period");
                    if (key.equals(Integer.toString(year))) {
                        for (String column : input.columns()) {
                            if (!column.equals("year") && !column.equals("level") && !column.equals("period")) {
                                row.cells.set(sheet.column(column), "0");
                            }
                        }
                    }
                }
                files.put(input.file(), sheet.render(random).getBytes(StandardCharsets.UTF_8));
            }
            log.add("both inputs: nobody arrived in " + year + " (every level 0 and the year's arrivals 0)");
        }
    }

    private enum Kind { HEADER, DATA, TOTAL, BLANK, FOOTNOTE, JUNK }

    private static final class Row {

        final Kind kind;
        final List<String> cells;
        /** the figures of a data row as the sample gives them, by canonical column */
        final Map<String, String> values;
        /** the canonical columns whose cell a mutation replaced */
        final Set<String> touched = new LinkedHashSet<>();

        Row(Kind kind, List<String> cells, Map<String, String> values) {
            this.kind = kind;
            this.cells = new ArrayList<>(cells);
            this.values = values == null ? null : new LinkedHashMap<>(values);
        }

        Row copy() {
            Row copy = new Row(kind, cells, values);
            copy.touched.addAll(touched);
            return copy;
        }
    }

    /** An input file as rows of cells, with the way it is written: quoting, line ends, padding, encoding. */
    private static final class Sheet {

        final Input input;
        /** the canonical column of each column of the file, null for others */
        final List<String> layout;
        final List<Row> rows = new ArrayList<>();
        boolean quoteAll;
        String lineEnd = "\n";
        boolean mixedLineEnds;
        boolean finalNewline = true;
        int headerPadding;
        int rowPadding;
        String charset = "UTF-8";
        boolean bom;
        int totalRows;

        private Sheet(Input input) {
            this.input = input;
            this.layout = new ArrayList<>(input.columns());
        }

        static Sheet parse(Input input) {
            Sheet sheet = new Sheet(input);
            List<String> lines = new String(ORIGINALS.get(input.file()), StandardCharsets.UTF_8).lines().toList();
            sheet.rows.add(new Row(Kind.HEADER, List.of(lines.get(0).split(",", -1)), null));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = List.of(line.split(",", -1));
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    values.put(input.columns().get(i), cells.get(i));
                }
                sheet.rows.add(new Row(Kind.DATA, cells, values));
            }
            return sheet;
        }

        Row header() {
            return rows.stream().filter(r -> r.kind == Kind.HEADER).findFirst().orElse(null);
        }

        List<Row> data() {
            return rows.stream().filter(r -> r.kind == Kind.DATA).toList();
        }

        int column(String name) {
            return layout.indexOf(name);
        }

        int width() {
            return layout.size();
        }

        String render(SplittableRandom random) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                text.append(row.cells.stream().map(this::escaped).collect(Collectors.joining(",")));
                int padding = row.kind == Kind.HEADER ? headerPadding
                        : row.kind == Kind.DATA || row.kind == Kind.TOTAL ? rowPadding : 0;
                text.append(",".repeat(padding));
                if (i < rows.size() - 1 || finalNewline) {
                    text.append(mixedLineEnds ? List.of("\n", "\r\n", "\r").get(random.nextInt(3)) : lineEnd);
                }
            }
            return text.toString();
        }

        private String escaped(String cell) {
            boolean quote = quoteAll || cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    || cell.contains("\r");
            return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        }
    }

    private static final Map<String, List<String>> KOREAN_NAMES = Map.of(
            "period", List.of("연도", "년도", "구분", "기간", "입국연도"),
            "male", List.of("남", "남성", "남자"),
            "female", List.of("여", "여성", "여자"),
            "total", List.of("합계", "계", "총계", "전체", "합계 (명)"),
            "year", List.of("연도", "년도", "구분", "입국연도"),
            "level", List.of("학력"),
            "count", List.of("인원", "인원수", "명", "인원 (명)"));
    private static final Map<String, List<String>> OTHER_SPELLINGS = Map.of(
            "period", List.of("Period", "PERIOD", "Year", " period "),
            "male", List.of("Male", "MEN", "male (persons)", "ｍａｌｅ"),
            "female", List.of("Female", "Women", "ｆｅｍａｌｅ", "FEMALE"),
            "total", List.of("Total", "TOTAL (persons)", "ｔｏｔａｌ", "total(명)"),
            "year", List.of("Year", "YEAR", "ｙｅａｒ"),
            "level", List.of("Level", "Education", "LEVEL"),
            "count", List.of("Count", "Persons", "count (number)"));
    static final List<String> LEVEL_ORDER = List.of("none", "preschool", "kindergarten", "primary",
            "secondary", "junior_college", "university", "unknown");
    private static final Map<String, List<String>> LEVEL_LABELS = Map.of(
            "none", List.of("무학", "None", "NONE"),
            "preschool", List.of("취학전아동", "취학전", "Pre-school"),
            "kindergarten", List.of("유치원", "Kindergarten"),
            "primary", List.of("인민학교", "소학교", "Primary"),
            "secondary", List.of("고등중학교", "중학교", "SECONDARY"),
            "junior_college", List.of("전문대", "전문대학", "Junior College", "junior-college"),
            "university", List.of("대학이상", "대학교", "대학 이상", "University"),
            "unknown", List.of("기타", "불상", "기타(불상)", "기타/불상"));
    private static final List<String> TOTAL_LABELS = List.of("합계", "계", "총계", "Total", "TOTAL", "Grand total",
            " 합 계 ");
    private static final List<String> FOOTNOTES = List.of("※ 2025년은 잠정치", "주: 통일부 자료", "Note: preliminary figures",
            "* revised in 2026", "Source: Ministry of Unification, Republic of Korea", "자료: 통일부", "출처) 통일부",
            "† 1999~2001 합산");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "‒", "―");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}|[0-9]{1,3}(?:,[0-9]{3}){1,4}");

    private static final Map<String, Integer> TEXT_MUTATIONS = weights(
            "line ends", 6, "byte order mark", 4, "encoding", 6, "korean header", 4, "header spelling", 3,
            "blank lines", 4, "many blank lines", 1, "footnotes", 4, "empty columns", 4, "extra column", 3,
            "reorder columns", 3, "quote every cell", 3, "pad cells", 3, "thousands separators", 3,
            "full-width digits", 3, "year suffix", 2, "level labels", 3, "swap rows", 4, "duplicate row", 4,
            "delete row", 4, "delete header", 1, "move header down", 1, "total row", 5, "replace cell", 12,
            "rename header cell", 2, "not published", 3, "many bad rows", 1, "zero year", 1, "long cell", 2,
            "wide header", 1);
    private static final Map<String, Integer> BYTE_MUTATIONS = weights(
            "flip bytes", 4, "insert bytes", 3, "delete bytes", 3, "cut file", 3);

    private static Map<String, Integer> weights(Object... namesAndWeights) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < namesAndWeights.length; i += 2) {
            weights.put((String) namesAndWeights[i], (Integer) namesAndWeights[i + 1]);
        }
        return weights;
    }

    /** Mutates one input and decides, from the rules of README, what each mutation did to its meaning. */
    private static final class Mutator {

        final Sheet sheet;
        final Input input;
        final SplittableRandom random;
        final List<String> log;
        final List<Effect> effects = new ArrayList<>();
        long minProblems;

        Mutator(Sheet sheet, SplittableRandom random, List<String> log) {
            this.sheet = sheet;
            this.input = sheet.input;
            this.random = random;
            this.log = log;
        }

        byte[] mutate(int count) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chosen.add(random.nextInt(6) == 0 ? pickWeighted(BYTE_MUTATIONS) : pickWeighted(applicable()));
            }
            for (String mutation : chosen) {
                if (TEXT_MUTATIONS.containsKey(mutation)) {
                    effects.add(apply(mutation));
                }
            }
            byte[] bytes = encode();
            for (String mutation : chosen) {
                if (BYTE_MUTATIONS.containsKey(mutation) && bytes.length > 0) {
                    bytes = applyToBytes(mutation, bytes);
                    effects.add(Effect.UNKNOWN);
                }
            }
            return bytes;
        }

        private Map<String, Integer> applicable() {
            Map<String, Integer> weights = new LinkedHashMap<>(TEXT_MUTATIONS);
            if (!input.levels()) {
                weights.remove("level labels");
            }
            if (!input.role().equals("yearly")) {
                weights.remove("zero year");
            }
            return weights;
        }

        private Effect apply(String mutation) {
            return switch (mutation) {
                case "line ends" -> changeLineEnds();
                case "byte order mark" -> addByteOrderMark();
                case "encoding" -> chooseEncoding();
                case "korean header" -> koreanHeader();
                case "header spelling" -> respellHeader();
                case "blank lines" -> insertBlankLines(1 + random.nextInt(4));
                case "many blank lines" -> insertBlankLines(501 + random.nextInt(700));
                case "footnotes" -> insertFootnotes();
                case "empty columns" -> addEmptyColumns();
                case "extra column" -> addExtraColumn();
                case "reorder columns" -> reorderColumns();
                case "quote every cell" -> quoteEveryCell();
                case "pad cells" -> padCells();
                case "thousands separators" -> groupThousands();
                case "full-width digits" -> fullWidthDigits();
                case "year suffix" -> addYearSuffix();
                case "level labels" -> relabelLevels();
                case "swap rows" -> swapRows();
                case "duplicate row" -> duplicateRow();
                case "delete row" -> deleteRow();
                case "delete header" -> deleteHeader();
                case "move header down" -> moveHeaderDown();
                case "total row" -> addTotalRow();
                case "replace cell" -> replaceCell(randomText());
                case "rename header cell" -> renameHeaderCell();
                case "not published" -> replaceCell(pick("", "-", "–", "—"));
                case "many bad rows" -> addManyBadRows();
                case "zero year" -> zeroYear();
                case "long cell" -> replaceCell(longText());
                case "wide header" -> widenHeader();
                default -> throw new IllegalArgumentException(mutation);
            };
        }

        private void note(String what) {
            log.add(input.role() + ": " + what);
        }

        private Effect changeLineEnds() {
            sheet.lineEnd = pick("\r\n", "\r", "\n");
            sheet.mixedLineEnds = random.nextInt(4) == 0;
            sheet.finalNewline = random.nextBoolean();
            note("line ends " + (sheet.mixedLineEnds ? "mixed" : sheet.lineEnd.replace("\r", "CR").replace("\n", "LF"))
                    + (sheet.finalNewline ? "" : ", none after the last line"));
            return Effect.SAME;
        }

        private Effect addByteOrderMark() {
            sheet.bom = true;
            note("byte order mark");
            return Effect.SAME;
        }

        private Effect chooseEncoding() {
            sheet.charset = pick("x-windows-949", "x-windows-949", "UTF-16", "UTF-16LE", "ISO-8859-1");
            note("encoding " + sheet.charset);
            boolean ascii = sheet.rows.stream().flatMap(r -> r.cells.stream()).allMatch(c -> c.chars().allMatch(
                    ch -> ch < 128));
            if (sheet.charset.equals("x-windows-949") && ascii) {
                koreanHeader();
                insertFootnote("※ 자료: 통일부 북한이탈주민 입국현황");
            }
            if (sheet.charset.equals("ISO-8859-1")) {
                insertFootnote("Note: données révisées, São Paulo ½");
            }
            return Effect.SAME;
        }

        private Effect koreanHeader() {
            renameHeader(KOREAN_NAMES);
            return Effect.SAME;
        }

        private Effect respellHeader() {
            renameHeader(OTHER_SPELLINGS);
            return Effect.SAME;
        }

        private void renameHeader(Map<String, List<String>> names) {
            Row header = sheet.header();
            if (header == null) {
                return;
            }
            for (String column : input.columns()) {
                if (!header.touched.contains(column) && random.nextInt(4) != 0) {
                    header.cells.set(sheet.column(column), pick(names.get(column)));
                }
            }
            note("header " + header.cells);
        }

        private Effect insertBlankLines(int count) {
            for (int i = 0; i < count; i++) {
                List<String> cells = switch (random.nextInt(4)) {
                    case 0 -> List.of("");
                    case 1 -> Collections.nCopies(sheet.width(), "");
                    case 2 -> List.of("  ");
                    default -> Collections.nCopies(sheet.width(), " ");
                };
                sheet.rows.add(random.nextInt(sheet.rows.size() + 1), new Row(Kind.BLANK, cells, null));
            }
            note(count + " blank lines");
            return Effect.SAME;
        }

        private Effect insertFootnotes() {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                insertFootnote(pick(FOOTNOTES));
            }
            return Effect.SAME;
        }

        private void insertFootnote(String text) {
            List<String> cells = new ArrayList<>(List.of(text));
            if (random.nextBoolean()) {
                cells.addAll(Collections.nCopies(sheet.width() - 1, ""));
            }
            int at = random.nextBoolean() ? sheet.rows.size() : afterHeader();
            sheet.rows.add(at, new Row(Kind.FOOTNOTE, cells, null));
            note("footnote '" + text + "' at row " + at);
        }

        private int afterHeader() {
            int header = Math.max(0, sheet.rows.indexOf(sheet.header()));
            return header + 1 + random.nextInt(sheet.rows.size() - header);
        }

        private Effect addEmptyColumns() {
            int count = 1 + random.nextInt(3);
            switch (random.nextInt(4)) {
                case 0 -> sheet.headerPadding += count;
                case 1 -> sheet.rowPadding += count;
                case 2 -> {
                    sheet.headerPadding += count;
                    sheet.rowPadding += count;
                }
                default -> insertColumn(random.nextInt(sheet.width() + 1), "", () -> "");
            }
            note("empty columns: header +" + sheet.headerPadding + ", rows +" + sheet.rowPadding + ", layout "
                    + sheet.layout);
            return Effect.SAME;
        }

        private Effect addExtraColumn() {
            String name = pick("비고", "note", "Remarks", "출처", "comment");
            int at = random.nextInt(sheet.width() + 1);
            insertColumn(at, name, this::randomText);
            note("extra column '" + name + "' at " + (at + 1));
            return Effect.SAME;
        }

        private void insertColumn(int at, String name, Supplier<String> dataValue) {
            int width = sheet.width();
            for (Row row : sheet.rows) {
                if (row.cells.size() == width) {
                    row.cells.add(at, row.kind == Kind.HEADER ? name : row.kind == Kind.DATA ? dataValue.get() : "");
                }
            }
            sheet.layout.add(at, null);
        }

        private Effect reorderColumns() {
            int width = sheet.width();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                order.add(i);
            }
            for (int i = width - 1; i > 0; i--) {
                Collections.swap(order, i, random.nextInt(i + 1));
            }
            List<String> layout = order.stream().map(sheet.layout::get).toList();
            sheet.layout.clear();
            sheet.layout.addAll(layout);
            for (Row row : sheet.rows) {
                if (row.cells.size() == width) {
                    List<String> cells = order.stream().map(row.cells::get).toList();
                    row.cells.clear();
                    row.cells.addAll(cells);
                }
            }
            note("columns reordered to " + layout);
            return Effect.SAME;
        }

        private Effect quoteEveryCell() {
            sheet.quoteAll = true;
            note("every cell quoted");
            return Effect.SAME;
        }

        private Effect padCells() {
            for (Row row : sheet.rows) {
                if (row.kind == Kind.DATA || row.kind == Kind.HEADER) {
                    for (String column : input.columns()) {
                        if (!row.touched.contains(column) && random.nextInt(3) == 0) {
                            int at = sheet.column(column);
                            row.cells.set(at, pick(" ", "  ", "\t", "\u00a0", "\u3000") + row.cells.get(at)
                                    + pick("", " ", "\t ", "\u3000"));
                        }
                    }
                }
            }
            note("spaces around cells");
            return Effect.SAME;
        }

        private Effect groupThousands() {
            for (Row row : untouchedData()) {
                for (String column : List.of("male", "female", "total", "count")) {
                    int at = sheet.column(column);
                    if (at >= 0 && !row.touched.contains(column) && row.cells.get(at).matches("[0-9]{4,}")) {
                        String grouped = String.format(Locale.ROOT, "%,d", Long.parseLong(row.cells.get(at)));
                        row.cells.set(at, random.nextInt(4) == 0 ? grouped.replace(",", "，") : grouped);
                    }
                }
            }
            note("thousands separators");
            return Effect.SAME;
        }

        private Effect fullWidthDigits() {
            for (Row row : untouchedData()) {
                for (String column : input.columns()) {
                    int at = sheet.column(column);
                    if (!row.touched.contains(column) && random.nextBoolean()) {
                        row.cells.set(at, fullWidth(row.cells.get(at)));
                    }
                }
            }
            note("full-width digits");
            return Effect.SAME;
        }

        private static String fullWidth(String text) {
            StringBuilder wide = new StringBuilder();
            for (char c : text.toCharArray()) {
                wide.append(c >= '0' && c <= '9' || c == '~' || c == '-' ? (char) (c + 0xFEE0) : c);
            }
            return wide.toString();
        }

        private Effect addYearSuffix() {
            String column = input.levels() ? "year" : "period";
            int at = sheet.column(column);
            for (Row row : untouchedData()) {
                String cell = row.cells.get(at);
                if (!row.touched.contains(column) && !cell.contains("-")) {
                    row.cells.set(at, cell.replaceAll("([0-9]{4})", "$1" + pick("년", " 년")));
                }
            }
            note("year suffix 년");
            return Effect.SAME;
        }

        private Effect relabelLevels() {
            int at = sheet.column("level");
            for (Row row : untouchedData()) {
                if (!row.touched.contains("level") && random.nextBoolean()) {
                    row.cells.set(at, pick(LEVEL_LABELS.get(row.values.get("level"))));
                }
            }
            note("levels with their Korean and other labels");
            return Effect.SAME;
        }

        private List<Row> untouchedData() {
            return sheet.data().stream().filter(r -> r.touched.isEmpty()).toList();
        }

        private Effect swapRows() {
            List<Row> data = sheet.data();
            Row a = data.get(random.nextInt(data.size()));
            Row b = data.get(random.nextInt(data.size()));
            int i = sheet.rows.indexOf(a);
            int j = sheet.rows.indexOf(b);
            Collections.swap(sheet.rows, i, j);
            note("rows " + (i + 1) + " and " + (j + 1) + " swapped");
            return Effect.SAME;
        }

        private Effect duplicateRow() {
            Row row = randomDataRow();
            int at = afterHeader();
            sheet.rows.add(at, row.copy());
            note("row " + row.values + " duplicated at row " + (at + 1));
            if (!row.touched.isEmpty()) {
                return Effect.UNKNOWN;
            }
            return input.arrivalsJob() || input.levels() ? Effect.REFUSED : Effect.SAME;
        }

        private Effect deleteRow() {
            Row row = randomDataRow();
            sheet.rows.remove(row);
            note("row " + row.values + " deleted");
            if (!row.touched.isEmpty() || input.checksTotals() && sheet.totalRows > 0 || duplicated(row)) {
                return Effect.UNKNOWN;
            }
            if (input.levels()) {
                return Effect.REFUSED;
            }
            String period = row.values.get("period");
            if (!input.arrivalsJob()) {
                return inEducationYears(period) ? Effect.REFUSED : Effect.SAME;
            }
            if (input.role().equals("partial-periods")) {
                return Effect.CHANGED;
            }
            List<Integer> starts = sheet.data().stream().map(r -> firstYear(r.values.get("period"))).toList();
            int start = firstYear(period);
            boolean edge = starts.stream().allMatch(s -> s > start) || starts.stream().allMatch(s -> s < start);
            return edge ? Effect.CHANGED : Effect.REFUSED;
        }

        private Effect deleteHeader() {
            Row header = sheet.header();
            if (header == null) {
                return Effect.SAME;
            }
            sheet.rows.remove(header);
            note("header deleted");
            return Effect.REFUSED;
        }

        private Effect moveHeaderDown() {
            Row header = sheet.header();
            if (header == null) {
                return Effect.SAME;
            }
            Row row = randomDataRow();
            int i = sheet.rows.indexOf(header);
            int j = sheet.rows.indexOf(row);
            Collections.swap(sheet.rows, i, j);
            note("header swapped with row " + (j + 1));
            return i < j ? Effect.REFUSED : Effect.UNKNOWN;
        }

        private Effect addTotalRow() {
            List<String> cells = new ArrayList<>(Collections.nCopies(sheet.width(), ""));
            String label = pick(TOTAL_LABELS);
            boolean right = random.nextBoolean();
            long delta = right ? 0 : 1 + random.nextInt(5000);
            String key;
            List<Row> data = sheet.data();
            if (input.levels()) {
                int variant = random.nextInt(3);
                String year = variant == 1 ? new ArrayList<>(EDUCATION_YEARS).get(random.nextInt(EDUCATION_YEARS
                        .size())).toString() : null;
                String level = variant == 2 ? pick(LEVEL_ORDER) : null;
                long sum = data.stream().filter(r -> year == null || r.values.get("year").equals(year))
                        .filter(r -> level == null || r.values.get("level").equals(level))
                        .mapToLong(r -> Long.parseLong(r.values.get("count"))).sum();
                cells.set(sheet.column("year"), year == null ? label : year);
                cells.set(sheet.column("level"), level == null ? label : level);
                cells.set(sheet.column("count"), Long.toString(sum + delta));
                key = year + "/" + level;
            }
            else {
                cells.set(sheet.column("period"), label);
                for (String column : List.of("male", "female", "total")) {
                    boolean given = data.stream().allMatch(r -> !r.values.get(column).isEmpty());
                    long sum = data.stream().mapToLong(r -> given ? Long.parseLong(r.values.get(column)) : 0).sum();
                    boolean wrong = column.equals("total") || column.equals("male");
                    cells.set(sheet.column(column), given ? Long.toString(sum + (wrong ? delta : 0)) : "");
                }
                key = "all";
            }
            Row total = new Row(Kind.TOTAL, cells, Map.of("key", key));
            boolean second = sheet.rows.stream().anyMatch(r -> r.kind == Kind.TOTAL && r.values.get("key").equals(key));
            sheet.rows.add(afterHeader(), total);
            sheet.totalRows++;
            note("total row " + cells + (right ? "" : ", off by " + delta));
            if (!input.arrivalsJob() && !input.levels()) {
                return Effect.SAME;
            }
            if (input.role().equals("partial-periods") || second) {
                return Effect.REFUSED;
            }
            if (data.stream().anyMatch(r -> !r.touched.isEmpty())) {
                return Effect.UNKNOWN;
            }
            return right ? Effect.SAME : Effect.REFUSED;
        }

        private Effect replaceCell(String text) {
            Row row = randomDataRow();
            String column = pick(input.columns());
            boolean again = !row.touched.add(column);
            row.cells.set(sheet.column(column), text);
            note("row " + row.values + ": " + column + " replaced by '" + LineProblem.shortened(text) + "'"
                    + (text.length() > 80 ? " (" + text.length() + " chars)" : ""));
            return again ? Effect.UNKNOWN : cellEffect(row, column, text);
        }

        /** What a new text in a cell of a data row does, by the rules of one line and the rules across rows. */
        private Effect cellEffect(Row row, String column, String text) {
            if (!input.reads(column)) {
                return Effect.SAME;
            }
            String original = row.values.get(column);
            switch (column) {
                case "period":
                    return looksLikePeriod(text) || looksLikeTotal(text) ? Effect.UNKNOWN : Effect.REFUSED;
                case "year":
                    return looksLikeYear(text) || looksLikeTotal(text) ? Effect.UNKNOWN : Effect.REFUSED;
                case "level":
                    return looksLikeLevel(text) || looksLikeTotal(text) ? Effect.UNKNOWN : Effect.REFUSED;
                default:
                    break;
            }
            String cell = normalized(text);
            boolean missing = cell.isEmpty() || DASHES.contains(cell);
            if (!missing && !COUNT.matcher(cell).matches()) {
                return Effect.REFUSED;
            }
            if (missing && input.requires(column)) {
                return Effect.REFUSED;
            }
            if (missing ? original.isEmpty() : !original.isEmpty() && count(cell) == Long.parseLong(original)) {
                return Effect.SAME;
            }
            if (duplicated(row) || input.checksTotals() && sheet.totalRows > 0) {
                return Effect.UNKNOWN;
            }
            if (input.levels()) {
                return Effect.REFUSED;
            }
            if (!input.arrivalsJob()) {
                return inEducationYears(row.values.get("period")) ? Effect.REFUSED : Effect.SAME;
            }
            if (missing) {
                return Effect.CHANGED;
            }
            boolean bothParts = !row.values.get("male").isEmpty() && !row.values.get("female").isEmpty();
            return bothParts ? Effect.REFUSED : Effect.UNKNOWN;
        }

        private Effect renameHeaderCell() {
            Row header = sheet.header();
            if (header == null) {
                return Effect.SAME;
            }
            String column = pick(input.columns());
            String text = randomText();
            boolean again = !header.touched.add(column);
            header.cells.set(sheet.column(column), text);
            note("header " + column + " renamed to '" + LineProblem.shortened(text) + "'");
            if (again || looksLikeColumnName(text)) {
                return Effect.UNKNOWN;
            }
            if (input.requires(column)) {
                return Effect.REFUSED;
            }
            if (normalized(text).isEmpty()) {
                return Effect.UNKNOWN;
            }
            if (!input.reads(column)) {
                return Effect.SAME;
            }
            return input.checksTotals() && sheet.totalRows > 0 ? Effect.UNKNOWN : Effect.CHANGED;
        }

        private Effect widenHeader() {
            int count = 40 + random.nextInt(40);
            for (int i = 1; i <= count; i++) {
                insertColumn(sheet.width(), "column " + i + " " + letters(60 + random.nextInt(100)), () -> "");
            }
            note(count + " more columns with long names");
            Row header = sheet.header();
            String required = input.levels() ? "year" : "period";
            if (header == null || random.nextBoolean() || !header.touched.add(required)) {
                return Effect.SAME;
            }
            header.cells.set(sheet.column(required), "when");
            note("header " + required + " renamed to 'when'");
            return Effect.REFUSED;
        }

        private Effect addManyBadRows() {
            int count = 1001 + random.nextInt(100);
            List<String> cells = new ArrayList<>(Collections.nCopies(sheet.width(), ""));
            if (input.levels()) {
                cells.set(sheet.column("year"), "2012");
                cells.set(sheet.column("level"), "none");
                cells.set(sheet.column("count"), "n/a");
            }
            else {
                cells.set(sheet.column("period"), input.role().equals("partial-periods") ? "2016-01" : "2016");
                cells.set(sheet.column("total"), "n/a");
            }
            int at = afterHeader();
            for (int i = 0; i < count; i++) {
                sheet.rows.add(at, new Row(Kind.JUNK, cells, null));
            }
            minProblems = count;
            note(count + " rows " + cells + " at row " + (at + 1));
            return Effect.REFUSED;
        }

        private Effect zeroYear() {
            Row row = randomDataRow();
            String period = row.values.get("period");
            if (!isYear(period) || !row.touched.isEmpty()) {
                return Effect.SAME;
            }
            for (String column : List.of("male", "female", "total")) {
                row.cells.set(sheet.column(column), "0");
                row.values.put(column, "0");
            }
            note("nobody arrived in " + period);
            if (sheet.totalRows > 0) {
                return Effect.UNKNOWN;
            }
            return YEARS_WITH_SPANS.contains(Integer.parseInt(period)) ? Effect.REFUSED : Effect.CHANGED;
        }

        private boolean duplicated(Row row) {
            String key = key(row);
            return sheet.data().stream().anyMatch(r -> r != row && key(r).equals(key));
        }

        private String key(Row row) {
            return input.levels() ? row.values.get("year") + "/" + row.values.get("level") : row.values.get("period");
        }

        private static boolean inEducationYears(String period) {
            return isYear(period) && EDUCATION_YEARS.contains(Integer.parseInt(period));
        }

        private Row randomDataRow() {
            List<Row> data = sheet.data();
            return data.get(random.nextInt(data.size()));
        }

        private byte[] encode() {
            String text = sheet.render(random);
            Charset charset = Charset.forName(sheet.charset);
            byte[] body = text.getBytes(charset);
            if (!new String(body, charset).equals(text)) {
                note("not encodable in " + charset + ", written as UTF-8");
                charset = StandardCharsets.UTF_8;
                body = text.getBytes(charset);
            }
            boolean ascii = text.chars().allMatch(c -> c < 128);
            if (charset.name().startsWith("UTF-16")) {
                effects.add(Effect.ALWAYS_REFUSED);
            }
            else if (ascii || charset.equals(StandardCharsets.UTF_8)) {
                effects.add(Effect.SAME);
            }
            else if (sheet.bom || charset.equals(StandardCharsets.ISO_8859_1)) {
                effects.add(Effect.SAME_IF_PUBLISHED);
            }
            else {
                effects.add(isUtf8(body) ? Effect.UNKNOWN : Effect.SAME);
            }
            if (!sheet.bom) {
                return body;
            }
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            return withBom;
        }

        private byte[] applyToBytes(String mutation, byte[] bytes) {
            int at = random.nextInt(bytes.length);
            byte[] result;
            switch (mutation) {
                case "flip bytes" -> {
                    result = bytes.clone();
                    result[at] = random.nextBoolean() ? (byte) (result[at] ^ 1 << random.nextInt(8))
                            : (byte) random.nextInt(256);
                    note("byte " + at + " changed from " + (bytes[at] & 0xff) + " to " + (result[at] & 0xff));
                }
                case "insert bytes" -> {
                    int[] palette = {'"', ',', '\n', '\r', 0, 0xFF, 0xC3, 0xA9, 0x80, 0xEF, random.nextInt(256)};
                    byte[] inserted = new byte[1 + random.nextInt(4)];
                    for (int i = 0; i < inserted.length; i++) {
                        inserted[i] = (byte) palette[random.nextInt(palette.length)];
                    }
                    result = new byte[bytes.length + inserted.length];
                    System.arraycopy(bytes, 0, result, 0, at);
                    System.arraycopy(inserted, 0, result, at, inserted.length);
                    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
                    note("bytes " + HexFormat.ofDelimiter(" ").formatHex(inserted) + " inserted at " + at);
                }
                case "delete bytes" -> {
                    int count = Math.min(1 + random.nextInt(10), bytes.length - at);
                    result = new byte[bytes.length - count];
                    System.arraycopy(bytes, 0, result, 0, at);
                    System.arraycopy(bytes, at + count, result, at, bytes.length - at - count);
                    note(count + " bytes deleted at " + at);
                }
                default -> {
                    result = Arrays.copyOf(bytes, at);
                    note("file cut at byte " + at + " of " + bytes.length);
                }
            }
            return result;
        }

        private String randomText() {
            return switch (random.nextInt(12)) {
                case 0 -> digits(1 + random.nextInt(6));
                case 1 -> letters(1 + random.nextInt(8));
                case 2 -> hangul(1 + random.nextInt(4));
                case 3 -> pick("-", "–", "—");
                case 4 -> pick("=1+1", "+1", "@SUM(A1:A9)", "=HYPERLINK(\"http://x\")", "-1+2");
                case 5 -> pick("\"", "\"\"", "a\"b", "\"quoted\"", "'", "\"1,036\"");
                case 6 -> longText();
                case 7 -> "-" + digits(1 + random.nextInt(4));
                case 8 -> digits(1 + random.nextInt(3)) + "." + digits(1);
                case 9 -> pick("", " ", "\t");
                case 10 -> String.format(Locale.ROOT, "%,d", random.nextLong(1_000, 10_000_000));
                default -> pick("12a", "1 000", "１２", "0x1F", "1e3", "NaN", "null", "٣");
            };
        }

        private String longText() {
            int length = pick(1_000, 5_000, 100_000);
            return switch (random.nextInt(3)) {
                case 0 -> "9".repeat(length);
                case 1 -> hangul(length);
                default -> letters(length);
            };
        }

        private String digits(int length) {
            return random.ints(length, '0', '9' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
        }

        private String letters(int length) {
            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
            return random.ints(length, 0, alphabet.length()).mapToObj(alphabet::charAt).map(String::valueOf)
                    .collect(Collectors.joining());
        }

        private String hangul(int length) {
            return random.ints(length, 0xAC00, 0xD7A4).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
        }

        private String pickWeighted(Map<String, Integer> weights) {
            int r = random.nextInt(weights.values().stream().mapToInt(Integer::intValue).sum());
            for (Map.Entry<String, Integer> e : weights.entrySet()) {
                r -= e.getValue();
                if (r < 0) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException();
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }

        private <T> T pick(List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }

    // What a cell may mean by README, read widely, so that only text that no rule accepts counts as refused

    private static boolean isYear(String period) {
        return period.matches("[0-9]{4}");
    }

    private static int firstYear(String period) {
        return period.startsWith("~") ? Integer.MIN_VALUE : Integer.parseInt(period.substring(0, 4));
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static long count(String normalized) {
        return Long.parseLong(normalized.replace(",", ""));
    }

    private static boolean looksLikePeriod(String text) {
        String s = normalized(text).replaceAll("([0-9]{4})\\s*년", "$1").replace(" ", "");
        return s.matches("~?[0-9]{4}|[0-9]{4}~[0-9]{4}|[0-9]{4}-[0-9]{2}(~[0-9]{4}-[0-9]{2})?");
    }

    private static boolean looksLikeYear(String text) {
        return normalized(text).matches("[0-9]{4}\\s*년?");
    }

    private static boolean looksLikeLevel(String text) {
        String key = key(text).replace("-", "").replace("_", "");
        return LEVEL_LABELS.entrySet().stream().flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue()
                .stream())).map(l -> key(l).replace("-", "").replace("_", "")).anyMatch(key::contains);
    }

    private static boolean looksLikeTotal(String text) {
        String key = key(text);
        return key.contains("계") || key.contains("total");
    }

    private static boolean looksLikeColumnName(String text) {
        String key = key(text);
        return Stream.of(KOREAN_NAMES, OTHER_SPELLINGS).flatMap(m -> m.entrySet().stream())
                .flatMap(e -> Stream.concat(Stream.of(e.getKey()), e.getValue().stream())).map(FuzzCases::key)
                .anyMatch(name -> !key.isEmpty() && key.contains(name.replaceFirst("\\(.*\\)$", "")));
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
