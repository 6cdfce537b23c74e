package org.defstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.defstats.io.Sha256;
import org.defstats.publish.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A file name a manifest lists is resolved inside its run folder; one that leads out of it is refused. */
class UntrustedPathsTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void verifyRefusesAManifestListingAFileOutsideTheRunFolder() throws IOException {
        Path run = Files.createDirectories(work.resolve("arrivals/runs/R1"));
        Path secret = Files.writeString(work.resolve("secret.txt"), "not part of the run\n");
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode manifest;
        try (InputStream in = Manifest.class.getResourceAsStream("manifest-first-run.json")) {
            manifest = (ObjectNode) mapper.readTree(in);
        }
        ArrayNode outputs = ((ObjectNode) manifest.get("content")).putArray("outputs");
        outputs.addObject().put("name", "../../../secret.txt").put("bytes", Files.size(secret))
                .put("sha256", Sha256.of(secret));
        Files.writeString(run.resolve(Manifest.FILE), mapper.writeValueAsString(manifest));

        int exit = defstats("verify", run.toString());

        assertThat(text(out)).doesNotContain("verified");
        assertThat(exit).isEqualTo(Defstats.USAGE);
        assertThat(text(err)).hasLineCount(1).contains("lists the file '../../../secret.txt', which lies outside the "
                + "run folder");
    }

    private int defstats(String... args) {
        out.reset();
        err.reset();
        return new Defstats(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
