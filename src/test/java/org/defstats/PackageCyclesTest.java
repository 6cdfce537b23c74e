package org.defstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages of defstats depend on each other without a cycle: each package's classes name (by import or fully
 * qualified in code, not in comments or strings) only packages that do not name it back, directly or through
 * others. A failure prints each cycle with a class that makes each of its steps.
 */
class PackageCyclesTest {

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.defstats((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    @TempDir
    Path work;

    @Test
    void theMainSourcesHaveNoPackageCycle() throws IOException {
        PackageGraph graph = PackageGraph.of(Path.of("src/main/java"));

        assertThat(graph.packages()).as("packages found").contains("org.defstats.publish", "org.defstats.cli");
        assertThat(graph.describeCycles()).as("package cycles").isEmpty();
    }

    @Test
    void aCycleIsFoundAndShownWithTheClassesThatMakeIt() throws IOException {
        source("org/defstats/a/A.java", "package org.defstats.a;\nimport org.defstats.b.B;\nclass A { B b; }\n");
        source("org/defstats/b/B.java", "package org.defstats.b;\nclass B { org.defstats.c.C c; }\n");
        source("org/defstats/c/C.java", "package org.defstats.c;\nclass C { Object a = new org.defstats.a.A(); }\n");
        source("org/defstats/d/D.java", "package org.defstats.d;\nimport org.defstats.a.A;\nclass D { }\n");

        assertThat(PackageGraph.of(work).describeCycles()).containsExactly(
                "org.defstats.a -> org.defstats.b (A.java) -> org.defstats.c (B.java) -> org.defstats.a (C.java)");
    }

    @Test
    void namesInCommentsAndStringsAreNoDependency() throws IOException {
        source("org/defstats/a/A.java", "package org.defstats.a;\nimport org.defstats.b.B;\nclass A { B b; }\n");
        source("org/defstats/b/B.java", "package org.defstats.b;\n/** Used by {@link org.defstats.a.A}. */\n"
                + "class B { // org.defstats.a.A\n String s = \"org.defstats.a.A \\\" org.defstats.a.A\"; char c = '\"'; "
                + "/* org.defstats.a.A */ }\n");

        assertThat(PackageGraph.of(work).describeCycles()).isEmpty();
    }

    private void source(String path, String text) throws IOException {
        Files.createDirectories(work.resolve(path).getParent());
        Files.writeString(work.resolve(path), text);
    }

    /** Which package names which, with the first file (by name) that does. */
    private record PackageGraph(Map<String, Map<String, String>> edges) {

        static PackageGraph of(Path sourceRoot) throws IOException {
            Map<String, Map<String, String>> edges = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> paths = Files.walk(sourceRoot)) {
                files = paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : files) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Map<String, String> named = edges.computeIfAbsent(from, p -> new TreeMap<>());
                Matcher reference = REFERENCE.matcher(code(text.substring(declared.end())));
                while (reference.find()) {
                    String to = "org.defstats" + reference.group(1);
                    if (!to.equals(from)) {
                        named.putIfAbsent(to, file.getFileName().toString());
                    }
                }
            }
            return new PackageGraph(edges);
        }

        Set<String> packages() {
            return edges.keySet();
        }

        /**
         * Each cycle once, from its first package in name order: {@code a -> b (A.java) -> a (B.java)}, where the
         * file named at each step is one that makes it.
         */
        List<String> describeCycles() {
            Set<String> seen = new LinkedHashSet<>();
            List<String> cycles = new ArrayList<>();
            for (String start : edges.keySet()) {
                for (String next : edges.get(start).keySet()) {
                    List<String> back = path(next, start);
                    if (back == null) {
                        continue;
                    }
                    List<String> cycle = new ArrayList<>(List.of(start));
                    cycle.addAll(back);
                    if (!seen.add(String.valueOf(new TreeSet<>(cycle))) || !start.equals(new TreeSet<>(cycle).first())) {
                        continue;
                    }
                    StringBuilder line = new StringBuilder(start);
                    for (int i = 1; i < cycle.size(); i++) {
                        line.append(" -> ").append(cycle.get(i)).append(" (")
                                .append(edges.get(cycle.get(i - 1)).get(cycle.get(i))).append(')');
                    }
                    cycles.add(line.toString());
                }
            }
            return cycles;
        }

        /** The shortest path of packages from {@code from} to {@code to}, both included, or null when there is none. */
        private List<String> path(String from, String to) {
            Map<String, String> previous = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(from));
            previous.put(from, null);
            while (!queue.isEmpty()) {
                String current = queue.poll();
                if (current.equals(to)) {
                    List<String> path = new ArrayList<>();
                    for (String p = to; p != null; p = previous.get(p)) {
                        path.add(0, p);
                    }
                    return path;
                }
                for (String next : edges.getOrDefault(current, Map.of()).keySet()) {
                    if (!previous.containsKey(next)) {
                        previous.put(next, current);
                        queue.add(next);
                    }
                }
            }
            return null;
        }

        /** The text with comments, string literals and character literals blanked out. */
        private static String code(String text) {
            StringBuilder code = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end;
                }
                else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    i = end < 0 ? text.length() : end + 2;
                    code.append(' ');
                }
                else if (c == '"' || c == '\'') {
                    boolean block = text.startsWith("\"\"\"", i);
                    String quote = block ? "\"\"\"" : String.valueOf(c);
                    int j = i + quote.length();
                    while (j < text.length() && !text.startsWith(quote, j)) {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = Math.min(text.length(), j + quote.length());
                    code.append(' ');
                }
                else {
                    code.append(c);
                    i++;
                }
            }
            return code.toString();
        }
    }
}
