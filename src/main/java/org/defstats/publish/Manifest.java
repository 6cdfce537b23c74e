package org.defstats.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.defstats.io.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Writes and reads {@code manifest.json}, the one place that knows its form: a {@link RunManifest} as indented
 * JSON. Reading treats the file as untrusted: a file that is not a whole manifest of this form is refused with a
 * one-line message naming the file and the field.
 */
public final class Manifest {

    /** The manifest's name in a run folder. */
    public static final String FILE = "manifest.json";

    /** Fails on a missing field rather than leaving it null, and on a fraction where a count belongs. */
    private static final ObjectReader READER = Json.MAPPER.readerFor(RunManifest.class)
            .with(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private Manifest() {
    }

    /** The manifest as the file holds it. */
    public static byte[] bytes(RunManifest manifest) {
        return Json.indented(manifest).getBytes(StandardCharsets.UTF_8);
    }

    public static void write(Path file, RunManifest manifest) throws IOException {
        Files.write(file, bytes(manifest));
    }

    /** The manifest of a run folder ({@code runs/RUN_ID} or {@code latest}). */
    public static RunManifest readIn(Path runFolder) throws IOException {
        return read(runFolder.resolve(FILE));
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException when the file cannot be read, is not JSON, or is not a whole manifest of the form this
     *                     defstats writes; the message is one line that names the file and, where it can, the field
     */
    public static RunManifest read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
        RunManifest manifest;
        try {
            manifest = READER.readValue(bytes);
        }
        catch (StreamReadException e) {
            throw new IOException(file + " is not valid JSON: " + firstLine(e.getOriginalMessage()) + where(e), e);
        }
        catch (JacksonException e) {
            throw new IOException(file + " is not a defstats manifest: " + problem(e), e);
        }
        if (manifest == null || manifest.content() == null || manifest.run() == null) {
            throw new IOException(file + " is not a defstats manifest: it has no content and run parts");
        }
        if (manifest.manifestVersion() != RunManifest.VERSION) {
            throw new IOException(file + " is a manifest of version " + manifest.manifestVersion() + ", which this "
                    + "defstats does not read (it reads version " + RunManifest.VERSION + ")");
        }
        return manifest;
    }

    /** What is wrong, and where: {@code /run/jobInstanceId is missing}. */
    private static String problem(JacksonException e) {
        String pointer = pointer(e);
        if (pointer.isEmpty()) {
            return "it is not a JSON object with content and run parts";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof InvalidNullException) {
            return pointer + " holds a null";
        }
        if (message.startsWith("Null value for creator property") || message.startsWith("Cannot map `null`")) {
            return pointer + " is missing";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return pointer + ": " + e.getCause().getMessage();
        }
        return pointer + " is not of the type a manifest has there";
    }

    /** The JSON pointer of the field a mapping exception is about, such as {@code /content/inputs/0/rows}. */
    private static String pointer(JacksonException e) {
        if (!(e instanceof DatabindException)) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String where(StreamReadException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
