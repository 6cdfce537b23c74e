package org.defstats.io;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of defstats, configured here and shared by everything that reads or writes JSON (manifests,
 * status files, job parameters), so that they all agree on the form. Jackson's defaults: records are written in
 * the order of their components.
 */
public final class Json {

    /** The mapper; compact output, as job parameters and fingerprints use it. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final ObjectWriter INDENTED = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** {@code value} as indented JSON ending with a line break, the form of the JSON files defstats writes. */
    public static String indented(Object value) {
        return INDENTED.writeValueAsString(value) + "\n";
    }
}
