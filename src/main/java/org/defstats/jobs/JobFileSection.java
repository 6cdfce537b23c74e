package org.defstats.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of a YAML mapping in a job file, read with their places so that every error names the file,
 * line, column and key.
 */
public final class JobFileSection {

    private final Path file;
    private final String prefix;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    JobFileSection(Path file, String prefix, Node node) {
        this.file = file;
        this.prefix = prefix;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "must be a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (entries.putIfAbsent(key, tuple) != null) {
                throw errorAt(tuple.getKeyNode(), prefix + key, "is given twice");
            }
        }
    }

    /** The keys in the order of the file. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A text value; {@code fallback} when the key is absent. */
    public String text(String key, String fallback) {
        return value(key).map(v -> scalarText(key, v)).orElse(fallback);
    }

    /** A text value that must be present and not blank. */
    public String requiredText(String key) {
        Node value = value(key).orElseThrow(() -> errorAt(node, key, "is missing"));
        String text = scalarText(key, value);
        if (text.isBlank()) {
            throw errorAt(value, key, "must not be empty");
        }
        return text;
    }

    /** A whole number; {@code fallback} when the key is absent. */
    public Long wholeNumber(String key, Long fallback) {
        Optional<Node> value = value(key);
        return value.isEmpty() ? fallback : parseWholeNumber(key, value.get());
    }

    /** A list of whole numbers; {@code fallback} when the key is absent. */
    public List<Long> wholeNumbers(String key, List<Long> fallback) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        List<Long> numbers = new ArrayList<>();
        for (Node item : sequence(key, value.get())) {
            numbers.add(parseWholeNumber(key, item));
        }
        return List.copyOf(numbers);
    }

    /** A list of texts. */
    public List<String> texts(String key) {
        Node value = value(key).orElseThrow(() -> errorAt(node, key, "is missing"));
        List<String> texts = new ArrayList<>();
        for (Node item : sequence(key, value)) {
            texts.add(scalarText(key, item));
        }
        return List.copyOf(texts);
    }

    /**
     * A list of lists of texts ({@code [[arrival_year, sex], [age_band, sex]]}, or one inner list per line with
     * {@code - }); {@code fallback} when the key is absent.
     */
    public List<List<String>> textLists(String key, List<List<String>> fallback) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        List<List<String>> lists = new ArrayList<>();
        for (Node item : sequence(key, value.get())) {
            List<String> texts = new ArrayList<>();
            for (Node inner : sequence(key, item)) {
                texts.add(scalarText(key, inner));
            }
            lists.add(List.copyOf(texts));
        }
        return List.copyOf(lists);
    }

    /** An error about the {@code index}th item (from 0) of the list of {@code key}, placed at that item. */
    public JobFileException itemError(String key, int index, String message) {
        Node at = value(key).filter(v -> v instanceof SequenceNode s && s.getValue().size() > index)
                .map(v -> ((SequenceNode) v).getValue().get(index)).orElse(node);
        return errorAt(at, key, message);
    }

    /**
     * A list of texts, each turned into a value by {@code parse}; an item it gives nothing for, or an item given
     * twice, is refused at that item, the refusal saying it is not {@code expected}. {@code fallback} when the
     * key is absent; an empty list is refused.
     */
    public <T> List<T> items(String key, List<T> fallback, Function<String, Optional<T>> parse, String expected) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        List<T> items = new ArrayList<>();
        for (Node item : sequence(key, value.get())) {
            String text = scalarText(key, item);
            T parsed = parse.apply(text).orElseThrow(() -> errorAt(item, key, "has '" + text + "', which is not "
                    + expected));
            if (items.contains(parsed)) {
                throw errorAt(item, key, "has '" + text + "' twice");
            }
            items.add(parsed);
        }
        if (items.isEmpty()) {
            throw errorAt(value.get(), key, "is empty; name at least one, or leave the key out");
        }
        return List.copyOf(items);
    }

    /** Whether the value of {@code key} is a nested mapping rather than a single value. */
    public boolean isSection(String key) {
        return value(key).map(v -> v instanceof org.yaml.snakeyaml.nodes.MappingNode).orElse(false);
    }

    /** A nested mapping; empty when the key is absent. */
    public Optional<JobFileSection> section(String key) {
        return value(key).map(v -> new JobFileSection(file, prefix + key + ".", v));
    }

    /** An error about the value of {@code key}, placed at that value. */
    public JobFileException error(String key, String message) {
        return errorAt(value(key).map(v -> (Node) v).orElse(node), key, message);
    }

    /** An error about {@code key} itself (an unknown or misspelt key), placed at the key. */
    public JobFileException keyError(String key, String message) {
        NodeTuple tuple = entries.get(key);
        return errorAt(tuple == null ? node : tuple.getKeyNode(), key, message);
    }

    /** An error about this whole section, placed at its start. */
    public JobFileException error(String message) {
        return error(node, message);
    }

    private JobFileException error(Node at, String message) {
        String what = prefix.isEmpty() ? "" : "'" + prefix.substring(0, prefix.length() - 1) + "' ";
        return new JobFileException(place(at) + ": " + what + message);
    }

    private JobFileException errorAt(Node at, String key, String message) {
        String qualified = key.startsWith(prefix) ? key : prefix + key;
        return new JobFileException(place(at) + ": '" + qualified + "' " + message);
    }

    private String place(Node at) {
        var mark = at.getStartMark();
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    private List<Node> sequence(String key, Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            throw errorAt(value, key, "must be a list, for example [10000, 20000]");
        }
        return sequence.getValue();
    }

    private Long parseWholeNumber(String key, Node value) {
        String text = scalarText(key, value).replace("_", "");
        try {
            return Long.parseLong(text);
        }
        catch (NumberFormatException e) {
            throw errorAt(value, key, "must be a whole number, not '" + text + "'");
        }
    }

    private String scalarText(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw errorAt(value, key, "must be a single value");
        }
        String text = scalar.getValue().strip();
        int bad = hostileCharacter(text);
        if (bad >= 0) {
            throw errorAt(value, key, "holds " + codePoint(text, bad) + ", a control or bidi-override character, at "
                    + "character " + (text.codePointCount(0, bad) + 1) + "; job-file text must be visible text on one "
                    + "line, so remove it (look for a \\ escape in quotes)");
        }
        return text;
    }

    private String scalarText(Node keyNode) {
        if (!(keyNode instanceof ScalarNode scalar)) {
            throw error(keyNode, "has a key that is not a plain name");
        }
        if (hostileCharacter(scalar.getValue()) >= 0) {
            throw error(keyNode, "has a key holding " + codePoint(scalar.getValue(), hostileCharacter(scalar.getValue()))
                    + ", a control or bidi-override character; write keys as plain names");
        }
        return scalar.getValue();
    }

    /**
     * The index of the first character that text from a job file must not carry, -1 when there is none: C0 and
     * C1 control characters, DEL (they can move a terminal's cursor, retitle its window or end a line early) and
     * the bidi embeddings, overrides and isolates (they make text read differently from what it holds).
     */
    static int hostileCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return i;
            }
        }
        return -1;
    }

    private static String codePoint(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }
}
