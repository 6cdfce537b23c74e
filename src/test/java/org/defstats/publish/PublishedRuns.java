package org.defstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.defstats.io.Sha256;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions about a published run folder that every job's integration test makes. */
public final class PublishedRuns {

    private PublishedRuns() {
    }

    /** The manifest lists exactly the files of the folder besides itself, each with its true hash and size. */
    public static JsonNode assertManifestMatchesFiles(Path runFolder) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(runFolder.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        List<JsonNode> outputs = new ArrayList<>();
        manifest.at("/content/outputs").forEach(outputs::add);
        if (manifest.at("/run/revisions").hasNonNull("file")) {
            outputs.add(manifest.at("/run/revisions"));
        }
        for (JsonNode output : outputs) {
            String name = output.has("name") ? output.get("name").asString() : output.get("file").asString();
            listed.add(name);
            Path file = runFolder.resolve(name);
            assertThat(Sha256.of(file)).as("sha256 of " + name).isEqualTo(output.get("sha256").asString());
            assertThat(Files.size(file)).as("bytes of " + name).isEqualTo(output.get("bytes").asLong());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files(runFolder).stream()
                .filter(f -> !f.equals("manifest.json")).toList());
        return manifest;
    }

    /** Each PNG of the charts folder decodes to an image of the given size. */
    public static void assertPngSizes(Path charts, int width, int height) throws IOException {
        try (Stream<Path> files = Files.list(charts)) {
            List<Path> pngs = files.filter(f -> f.toString().endsWith(".png")).toList();
            assertThat(pngs).isNotEmpty();
            for (Path png : pngs) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image).as(png.toString()).isNotNull();
                assertThat(image.getWidth()).as(png + " width").isEqualTo(width);
                assertThat(image.getHeight()).as(png + " height").isEqualTo(height);
            }
        }
    }

    /** The files below a folder, as relative paths with '/'. */
    public static List<String> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** latest/ is a byte-for-byte copy of the run folder. */
    public static void assertSameFiles(Path a, Path b) throws IOException {
        assertThat(files(a)).isEqualTo(files(b));
        for (String file : files(a)) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }
}
