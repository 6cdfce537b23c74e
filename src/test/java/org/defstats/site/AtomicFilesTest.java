package org.defstats.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page is replaced whole, through a temporary file of its folder that is never named like a page. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path index = folder.resolve("index.html");

        AtomicFiles.write(index, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(index, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(index).hasContent("new");
        assertThat(names()).containsExactly("index.html");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path index = folder.resolve("index.html");
        Files.createDirectories(index.resolve("in-the-way"));

        assertThatIOException().isThrownBy(() -> AtomicFiles.write(index, "new".getBytes(StandardCharsets.UTF_8)));

        assertThat(index).isDirectory();
        assertThat(names()).containsExactly("index.html");
    }

    @Test
    void theTemporaryFileIsHiddenAndNotAPage() throws IOException {
        Path index = folder.resolve("index.html");
        Files.writeString(index, "old");
        // a folder where the temporary files go can be watched: the write must not be seen as a page
        try (var watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            AtomicFiles.write(index, "new".getBytes(StandardCharsets.UTF_8));
            var key = watcher.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(key).isNotNull();
            for (var event : key.pollEvents()) {
                String created = event.context().toString();
                if (!created.equals("index.html")) {
                    assertThat(created).startsWith(".index.html-").endsWith(".tmp");
                }
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(index).hasContent("new");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
