package org.defstats.datapackage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.defstats.io.Sha256;
import org.defstats.jobs.JobType;
import org.defstats.output.OutputFile;
import org.defstats.output.Table;
import org.defstats.output.TableSpec;
import org.defstats.output.TableText;
import org.defstats.text.Language;

/**
 * Builds the {@link DataPackage} of a run from its tables, the specs its job type declares for them and the words
 * its message catalogues give them in each language of the job. A column's Table Schema type follows from its unit
 * alone ({@link #type}), never from the cells, so the same table always has the same schema.
 */
public final class DataPackages {

    private DataPackages() {
    }

    /**
     * @param job         the job's name, the package's name
     * @param description the job file's description, empty for none
     * @param source      the job file's source, empty for none
     * @param languages   the job's languages, the first one that of every title
     * @param outputs     the files of the run; those written from a table under {@code tables/} become its resources
     */
    public static DataPackage of(String job, String description, String source, List<Language> languages,
            JobType type, Record settings, List<OutputFile> outputs) {
        List<DataPackage.Resource> resources = new ArrayList<>();
        for (OutputFile file : outputs) {
            if (file.table() != null && file.path().startsWith("tables/")) {
                Table table = file.table();
                TableSpec spec = spec(type.tables(), table);
                Map<Language, TableText> words = new LinkedHashMap<>();
                languages.forEach(language -> words.put(language, type.tableText(table.name(), spec, settings,
                        language)));
                resources.add(resource(file, spec, words));
            }
        }
        Map<String, String> titles = byLanguage(languages, language -> type.title(settings, language));
        return new DataPackage(DataPackage.PROFILE, job, titles.values().iterator().next(), titles,
                description == null ? "" : description, languages.stream().map(Language::code).toList(),
                source == null || source.isBlank() ? List.of() : List.of(new DataPackage.Source(source)), resources);
    }

    /**
     * The Table Schema type of a column of a unit: a year is {@code year}, a month (2020-09) {@code yearmonth},
     * other labels (periods such as {@code ~1998}, category codes) {@code string}; persons are counted in whole
     * numbers ({@code integer}); every other unit (percent, points) measures in decimals ({@code number}).
     */
    static String type(TableSpec.Column column) {
        return switch (column.unit()) {
            case "year" -> "year";
            case "month" -> "yearmonth";
            case "persons" -> "integer";
            default -> column.label() ? "string" : "number";
        };
    }

    private static DataPackage.Resource resource(OutputFile file, TableSpec spec, Map<Language, TableText> words) {
        List<Language> languages = List.copyOf(words.keySet());
        List<DataPackage.Field> fields = new ArrayList<>();
        for (int i = 0; i < spec.columns().size(); i++) {
            TableSpec.Column column = spec.columns().get(i);
            int index = i;
            Map<String, String> titles = byLanguage(languages, l -> words.get(l).columns().get(index).title());
            Map<String, String> descriptions = byLanguage(languages,
                    l -> words.get(l).columns().get(index).description());
            fields.add(new DataPackage.Field(column.name(), type(column), first(titles), titles, first(descriptions),
                    descriptions, column.unit()));
        }
        Map<String, String> titles = byLanguage(languages, l -> words.get(l).title());
        Map<String, String> descriptions = byLanguage(languages, l -> words.get(l).description());
        String name = file.table().name();
        return new DataPackage.Resource(DataPackage.Resource.PROFILE,
                name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name, file.path(),
                first(titles), titles, first(descriptions), descriptions, "csv", "text/csv", "utf-8",
                file.bytes().length, "sha256:" + Sha256.of(file.bytes()), new DataPackage.Dialect(",", "\n", true),
                new DataPackage.Schema(fields, spec.keys(), List.of("")));
    }

    /** The spec a table was written from: the one of its name, else the pattern it matches, with its columns. */
    private static TableSpec spec(List<TableSpec> specs, Table table) {
        Optional<TableSpec> named = specs.stream()
                .filter(s -> s.name().equals(table.name()) && s.columnNames().equals(table.header())).findFirst();
        return named.or(() -> specs.stream().filter(s -> matches(table.name(), s.name())
                        && s.columnNames().equals(table.header())).findFirst())
                .orElseThrow(() -> new IllegalStateException("the job type declares no table " + table.name()
                        + " with the columns " + table.header()));
    }

    private static boolean matches(String name, String pattern) {
        try {
            return name.matches(pattern);
        }
        catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    /** A text in each language, by code, in the job's order of languages. */
    private static Map<String, String> byLanguage(List<Language> languages, Function<Language, String> text) {
        Map<String, String> texts = new LinkedHashMap<>();
        languages.forEach(language -> texts.put(language.code(), text.apply(language)));
        return Collections.unmodifiableMap(texts);
    }

    private static String first(Map<String, String> texts) {
        return texts.values().iterator().next();
    }
}
