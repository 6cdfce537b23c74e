package org.defstats.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the arguments of {@code defstats}. Relative folders given as options are relative to the current
 * folder; the defaults (input/, output/, jobs/) are relative to the defstats home folder.
 */
final class CommandLine {

    /** A command line that cannot be carried out; exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command and whether --debug was given. */
    record Parsed(Command command, boolean debug) {
    }

    /** The seed of the shipped input/synthetic-register.csv. */
    static final long DEFAULT_SEED = 13;
    /** The persons of the shipped register: everyone the MOU counted to the end of 2025. */
    static final long DEFAULT_PERSONS = 34_538;

    private CommandLine() {
    }

    static Parsed parse(List<String> args, Path home) {
        boolean debug = args.contains("--debug");
        List<String> rest = new ArrayList<>(args);
        rest.removeIf("--debug"::equals);
        if (rest.isEmpty()) {
            return new Parsed(new Command.Help(false), debug);
        }
        if (rest.contains("--help") || rest.contains("-h") || rest.get(0).equals("help")) {
            return new Parsed(new Command.Help(true), debug);
        }
        if (rest.contains("--version")) {
            return new Parsed(new Command.Version(), debug);
        }
        String verb = rest.remove(0);
        Path input = home.resolve("input");
        Path output = home.resolve("output");
        Path jobs = home.resolve("jobs");
        String all = null;
        boolean acceptDroppedRows = false;
        Long seed = null;
        Long persons = null;
        List<String> names = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.startsWith("--")) {
                given.add(arg.startsWith("--spring.") ? "--spring.*" : arg);
            }
            switch (arg) {
                case "--input" -> input = folder(rest, ++i, arg);
                case "--output" -> output = folder(rest, ++i, arg);
                case "--jobs" -> jobs = folder(rest, ++i, arg);
                case "--all" -> all = jobName(rest, ++i, arg);
                case "--accept-dropped-rows" -> acceptDroppedRows = true;
                case "--seed" -> seed = number(rest, ++i, arg, Long.MIN_VALUE);
                case "--persons" -> persons = number(rest, ++i, arg, 1);
                default -> {
                    if (arg.startsWith("--spring.")) {
                        spring.add(arg);
                    }
                    else if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    else {
                        names.add(arg);
                    }
                }
            }
        }
        List<String> usable = switch (verb) {
            case "run" -> List.of("--input", "--output", "--jobs", "--accept-dropped-rows", "--spring.*");
            case "schedule" -> List.of("--input", "--output", "--jobs", "--spring.*");
            case "check" -> List.of("--input", "--output", "--jobs");
            case "list" -> List.of("--jobs");
            case "history" -> List.of("--output", "--jobs", "--spring.*");
            case "restart" -> List.of("--output", "--spring.*");
            case "replay" -> List.of("--output", "--all");
            case "clean" -> List.of("--output");
            case "verify" -> List.of("--output", "--spring.*");
            case "synthesize-register" -> List.of("--seed", "--persons", "--output");
            default -> List.of();
        };
        for (String option : given) {
            if (!usable.contains(option) && List.of("run", "check", "schedule", "list", "history", "restart", "replay",
                    "verify", "compare", "clean", "synthesize-register")
                    .contains(verb)) {
                throw new UsageException(verb + " does not take " + option + (usable.isEmpty() ? ""
                        : "; it takes " + String.join(", ", usable)));
            }
        }
        if (List.of("run", "check", "schedule", "history", "restart", "verify").contains(verb)
                && spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            SpringContexts.requireRepositoryPath(output);
        }
        return switch (verb) {
            case "run" -> new Parsed(new Command.Run(List.copyOf(names), input, output, jobs, List.copyOf(spring),
                    acceptDroppedRows), debug);
            case "check" -> new Parsed(new Command.Check(List.copyOf(names), input, output, jobs), debug);
            case "schedule" -> {
                if (!names.isEmpty()) {
                    throw new UsageException("schedule takes no job names; it runs every job file of the jobs "
                            + "folder that has a schedule");
                }
                yield new Parsed(new Command.Schedule(input, output, jobs, List.copyOf(spring)), debug);
            }
            case "list" -> {
                if (!names.isEmpty()) {
                    throw new UsageException("list takes no job names");
                }
                yield new Parsed(new Command.ListJobs(jobs), debug);
            }
            case "history" -> {
                if (names.size() > 1) {
                    throw new UsageException("usage: defstats history [JOB]");
                }
                yield new Parsed(new Command.History(names.isEmpty() ? null : names.get(0), output, jobs,
                        List.copyOf(spring)), debug);
            }
            case "restart" -> new Parsed(new Command.Restart(one(names, "restart RUN_ID"), output, List.copyOf(spring)),
                    debug);
            case "replay" -> new Parsed(replay(names, all, output), debug);
            case "clean" -> {
                if (!names.isEmpty()) {
                    throw new UsageException("usage: defstats clean [--output DIR]");
                }
                yield new Parsed(new Command.Clean(output), debug);
            }
            case "verify" -> new Parsed(new Command.Verify(path(names, 1, "verify RUN_DIR").get(0),
                    given.contains("--output") ? output : null, List.copyOf(spring)), debug);
            case "compare" -> {
                List<Path> tables = path(names, 2, "compare TABLE.csv PUBLISHED.csv");
                yield new Parsed(new Command.Compare(tables.get(0), tables.get(1)), debug);
            }
            case "synthesize-register" -> {
                if (!names.isEmpty() || !given.contains("--output")) {
                    throw new UsageException("usage: defstats synthesize-register --output FILE [--seed N] "
                            + "[--persons N]");
                }
                yield new Parsed(new Command.SynthesizeRegister(seed == null ? DEFAULT_SEED : seed,
                        persons == null ? DEFAULT_PERSONS : persons, output), debug);
            }
            default -> throw new UsageException("unknown command '" + verb + "'; the commands are run, check, "
                    + "schedule, list, history, replay, verify, compare, restart, clean and synthesize-register");
        };
    }

    private static Command.Replay replay(List<String> runIds, String all, Path output) {
        if (runIds.isEmpty() == (all == null)) {
            throw new UsageException("usage: defstats replay RUN_ID [RUN_ID...] or defstats replay --all JOB"
                    + (all == null ? "" : "; give run ids or --all JOB, not both"));
        }
        return new Command.Replay(List.copyOf(runIds), all, output);
    }

    private static String one(List<String> names, String usage) {
        if (names.size() != 1) {
            throw new UsageException("usage: defstats " + usage);
        }
        return names.get(0);
    }

    private static List<Path> path(List<String> names, int count, String usage) {
        if (names.size() != count) {
            throw new UsageException("usage: defstats " + usage);
        }
        return names.stream().map(n -> Path.of(n).toAbsolutePath().normalize()).toList();
    }

    private static String jobName(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("-")) {
            throw new UsageException(option + " needs a job name, for example " + option + " arrivals");
        }
        return args.get(index);
    }

    /** A whole number option's value, at least {@code min}. */
    private static long number(List<String> args, int index, String option, long min) {
        String value = index < args.size() ? args.get(index).replace("_", "") : "";
        try {
            long number = Long.parseLong(value);
            if (number >= min) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " needs a whole number" + (min == 1 ? " from 1" : "") + ", for example "
                + option + " " + (option.equals("--seed") ? DEFAULT_SEED : "1000000") + (value.isEmpty() ? ""
                        : ", not '" + value + "'"));
    }

    private static Path folder(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a folder, for example " + option + " "
                    + option.substring(2) + "/");
        }
        if (args.get(index).isBlank()) {
            // an empty name would be the current folder, which nobody means
            throw new UsageException(option + " is given an empty folder name; name a folder, for example " + option
                    + " " + option.substring(2) + "/");
        }
        return Path.of(args.get(index)).toAbsolutePath().normalize();
    }
}
