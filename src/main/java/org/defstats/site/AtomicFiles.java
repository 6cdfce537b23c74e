package org.defstats.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file whole: the bytes go into a temporary file of the same folder (named {@code .NAME-….tmp}, never
 * the name of a page), which is then renamed over the file in one atomic move, so that a reader (a browser, a web
 * server) sees the old file or the new one, never half of one. The temporary file is removed if anything fails.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        // made as any file of the process is (its umask), so that a web server may read the page
        Path temporary = folder.resolve("." + file.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }
}
