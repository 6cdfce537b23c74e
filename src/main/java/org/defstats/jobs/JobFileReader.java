package org.defstats.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.defstats.csv.Encodings;
import org.defstats.text.Language;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one job file strictly: every key known, every value checked, every error placed. */
public final class JobFileReader {

    static final Set<String> COMMON_KEYS = Set.of("name", "description", "type", "inputs", "schedule", "source",
            "max-rejects", "settle", "dropped-rows", "languages");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String DEFAULT_CRON = "0 0 2 * * *";
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*([smh])");
    /** The largest job file read; a job file is a few hundred bytes, and YAML parsing grows with its size. */
    static final long MAX_BYTES = 1024 * 1024;
    /** Folders defstats keeps beside the job folders in the output folder, which no job may name. */
    private static final Set<String> RESERVED_NAMES = Set.of("archive");

    private final Map<String, JobType> types = new LinkedHashMap<>();

    public JobFileReader(List<JobType> types) {
        types.forEach(type -> this.types.put(type.name(), type));
    }

    public JobDefinition read(Path file) {
        refuseOversized(file);
        JobFileSection root = new JobFileSection(file, "", compose(file));
        String typeName = root.requiredText("type");
        JobType type = types.get(typeName);
        if (type == null) {
            throw root.error("type", "is '" + typeName + "', which defstats does not know; the types are "
                    + String.join(", ", types.keySet()));
        }
        Set<String> known = new TreeSet<>(COMMON_KEYS);
        known.addAll(type.settingKeys());
        for (String key : root.keys()) {
            if (!known.contains(key)) {
                throw root.keyError(key, "is not a key of a " + typeName + " job; the keys are "
                        + String.join(", ", known));
            }
        }
        String name = root.requiredText("name");
        if (!NAME.matcher(name).matches()) {
            throw root.error("name", "must be lower-case letters, digits and '-', starting with a letter or "
                    + "digit (it names the output folder), not '" + name + "'");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw root.error("name", "is '" + name + "', which names a folder defstats keeps in the output folder; "
                    + "choose another name");
        }
        String description = root.text("description", "");
        String source = root.text("source", "");
        JobFileSection inputs = root.section("inputs").orElseThrow(() -> root.error("inputs", "is missing"));
        Schedule schedule = root.section("schedule").map(JobFileReader::schedule).orElse(null);
        Long maxRejects = root.wholeNumber("max-rejects", 0L);
        if (maxRejects < 0) {
            throw root.error("max-rejects", "must be 0 or more, not " + maxRejects);
        }
        Duration settle = root.has("settle") ? duration(root, "settle", root.text("settle", "0s")) : null;
        String droppedRows = root.text("dropped-rows", "refuse");
        if (!droppedRows.equals("refuse") && !droppedRows.equals("allow")) {
            throw root.error("dropped-rows", "must be 'refuse' (the default: a run that would no longer publish rows "
                    + "the previous run published is refused) or 'allow', not '" + droppedRows + "'");
        }
        List<Language> languages = root.items("languages", Language.DEFAULT, Language::ofCode,
                "a language defstats has labels for (" + Language.codes() + ")");
        Record settings = type.readSettings(root);
        return new JobDefinition(file, name, description, type, inputs(inputs, type), encodings(inputs, type),
                maxRejects, schedule, source, settings, settle, droppedRows.equals("allow"), languages);
    }

    private static Map<String, String> inputs(JobFileSection section, JobType type) {
        for (String role : section.keys()) {
            if (!type.inputRoles().contains(role)) {
                throw section.keyError(role, "is not an input of a " + type.name() + " job; its inputs are "
                        + String.join(", ", type.inputRoles()));
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String role : type.inputRoles()) {
            if (!section.has(role) && type.optionalInputRoles().contains(role)) {
                continue;
            }
            if (section.isSection(role)) {
                JobFileSection input = section.section(role).orElseThrow();
                for (String key : input.keys()) {
                    if (!Set.of("file", "encoding").contains(key)) {
                        throw input.keyError(key, "is not a key of an input; the keys are file, encoding");
                    }
                }
                inputs.put(role, checkedRelativePath(input, "file", input.requiredText("file")));
            }
            else {
                inputs.put(role, checkedRelativePath(section, role, section.requiredText(role)));
            }
        }
        return inputs;
    }

    private static Map<String, String> encodings(JobFileSection section, JobType type) {
        Map<String, String> encodings = new LinkedHashMap<>();
        for (String role : type.inputRoles()) {
            String encoding = Encodings.AUTO;
            if (section.isSection(role)) {
                JobFileSection input = section.section(role).orElseThrow();
                encoding = input.text("encoding", Encodings.AUTO).toLowerCase(java.util.Locale.ROOT);
                if (!encoding.equals(Encodings.AUTO) && !Encodings.SETTINGS.containsKey(encoding)) {
                    throw input.error("encoding", "is '" + encoding + "'; use auto (the default), utf-8, cp949 "
                            + "or euc-kr");
                }
            }
            if (section.has(role)) {
                encodings.put(role, encoding);
            }
        }
        return encodings;
    }

    private static String checkedRelativePath(JobFileSection section, String key, String name) {
        Path path;
        try {
            path = Path.of(name);
        }
        catch (InvalidPathException e) {
            throw section.error(key, "is not a valid file name: '" + name + "'");
        }
        // ./x.csv and a/../x.csv are x.csv; only a name that leads out of the folder is refused
        Path normalized = path.normalize();
        if (path.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || normalized.toString().isEmpty()
                || normalized.startsWith("..")) {
            throw section.error(key, "must name a file inside the input folder, without '..' or a leading '/', not '"
                    + name + "'");
        }
        return normalized.toString();
    }

    private static Schedule schedule(JobFileSection section) {
        List<String> keys = List.of("cron", "zone", "catch-up", "retries", "retry-delay");
        for (String key : section.keys()) {
            if (!keys.contains(key)) {
                throw section.keyError(key, "is not a key of schedule; the keys are " + String.join(", ", keys));
            }
        }
        String cron = section.text("cron", DEFAULT_CRON);
        try {
            CronExpression.parse(cron);
        }
        catch (IllegalArgumentException e) {
            throw section.error("cron", "is not a cron expression of six fields (second minute hour day month "
                    + "weekday), for example \"0 0 2 * * *\": " + e.getMessage());
        }
        String zone = section.text("zone", Schedule.DEFAULT_ZONE.getId());
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        }
        catch (DateTimeException e) {
            throw section.error("zone", "is not a time zone, for example Asia/Seoul: '" + zone + "'");
        }
        String catchUp = section.text("catch-up", "true");
        if (!catchUp.equals("true") && !catchUp.equals("false")) {
            throw section.error("catch-up", "must be true or false, not '" + catchUp + "'");
        }
        long retries = section.wholeNumber("retries", 0L);
        if (retries < 0 || retries > 100) {
            throw section.error("retries", "must be from 0 to 100, not " + retries);
        }
        Duration retryDelay = duration(section, "retry-delay", section.text("retry-delay", "0s"));
        return new Schedule(cron, zoneId, catchUp.equals("true"), (int) retries, retryDelay);
    }

    /** A duration written as a whole number and a unit: 90s, 10m, 2h. */
    private static Duration duration(JobFileSection section, String key, String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw section.error(key, "must be a whole number and a unit s, m or h, for example 10m, not '" + text
                    + "'");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.compareTo(Duration.ofDays(1)) > 0) {
            throw section.error(key, "must be at most a day (24h), not '" + text + "'");
        }
        return duration;
    }

    /** Refuses a job file over {@link #MAX_BYTES} before anything of it is read. */
    private static void refuseOversized(Path file) {
        long size;
        try {
            size = Files.size(file);
        }
        catch (IOException e) {
            throw new JobFileException(file + ": cannot be read: " + e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw new JobFileException(file + ": is " + size + " bytes, over the limit of " + MAX_BYTES
                    + " bytes (1 MB) for a job file; a job file only names its inputs and settings");
        }
    }

    private static Node compose(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        }
        catch (CharacterCodingException e) {
            throw new JobFileException(file + ": is not UTF-8 text; save it as UTF-8");
        }
        catch (IOException e) {
            throw new JobFileException(file + ": cannot be read: " + e.getMessage());
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try (Reader reader = new java.io.StringReader(text)) {
            Node node = new Yaml(new SafeConstructor(options)).compose(reader);
            if (node == null) {
                throw new JobFileException(file + ": is empty; a job file needs at least name, type and inputs");
            }
            return node;
        }
        catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new JobFileException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
                    + ": is not valid YAML: " + e.getProblem());
        }
        catch (YAMLException | IOException e) {
            throw new JobFileException(file + ": is not valid YAML: " + e.getMessage());
        }
    }


}
