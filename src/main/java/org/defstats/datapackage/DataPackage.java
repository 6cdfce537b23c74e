package org.defstats.datapackage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code datapackage.json} says, field for field in the order of the file: a Frictionless Tabular Data Package
 * (https://specs.frictionlessdata.io/data-package/, with a Table Schema per table) describing the run's
 * {@code tables/*.csv}. Frictionless gives one {@code title} and {@code description}; those are in the first
 * language of the job file's {@code languages}, and the extension properties {@code titles} and
 * {@code descriptions} give them in every language of the job, by code ({@code {"ko": …, "en": …}}), in the job
 * file's order. {@code unit} of a field is an extension too, the unit its job type declares ({@code persons},
 * {@code percent}, {@code year}…). Nothing in it differs between two runs of the same inputs and job file.
 *
 * @param languages the codes of the job's languages, the first one that of every {@code title}
 */
public record DataPackage(String profile, String name, String title, Map<String, String> titles,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String description, List<String> languages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Source> sources, List<Resource> resources) {

    /** Frictionless's profile of a data package whose resources are all tables. */
    public static final String PROFILE = "tabular-data-package";

    public DataPackage {
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }

    /** The data source the job file credits. */
    public record Source(String title) {
    }

    /**
     * A table of the run.
     *
     * @param path  relative to the run folder, {@code tables/yearly.csv}
     * @param bytes the size of the CSV file
     * @param hash  its SHA-256, {@code sha256:HEX} as Frictionless writes a hash other than MD5
     */
    public record Resource(String profile, String name, String path, String title, Map<String, String> titles,
            String description, Map<String, String> descriptions, String format, String mediatype, String encoding,
            long bytes, String hash, Dialect dialect, Schema schema) {

        /** Frictionless's profile of a resource that is a table. */
        public static final String PROFILE = "tabular-data-resource";
    }

    /** How the CSV files are written: comma-separated, LF line ends, a header line. */
    public record Dialect(String delimiter, String lineTerminator, boolean header) {
    }

    /**
     * The Table Schema of a table.
     *
     * @param primaryKey    the key columns the job type declares for the table, which identify a row
     * @param missingValues the cells that mean "no figure": the empty cell
     */
    public record Schema(List<Field> fields, List<String> primaryKey, List<String> missingValues) {

        public Schema {
            fields = List.copyOf(fields);
            primaryKey = List.copyOf(primaryKey);
            missingValues = List.copyOf(missingValues);
        }
    }

    /**
     * A column of a table.
     *
     * @param name the column's stable code, its CSV header
     * @param type the Table Schema type: {@code integer}, {@code number}, {@code year}, {@code yearmonth} or
     *             {@code string}
     * @param unit the unit the job type declares for the column
     */
    public record Field(String name, String type, String title, Map<String, String> titles, String description,
            Map<String, String> descriptions, String unit) {
    }
}
