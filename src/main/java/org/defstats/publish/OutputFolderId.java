package org.defstats.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of an output folder ({@code .defstats/output-id}), made when it first publishes, under which the job
 * repository records the runs published there. Moved or copied, the folder keeps its id and so its record;
 * another output folder on the same repository (a shared PostgreSQL one, or the tests') has another. An id file that
 * was removed or garbled is taken back from the repository's record of the runs published at the folder's path
 * ({@link PublishedRecords}); an id edited to another one finds no record, so its jobs are published anew rather
 * than taken as current.
 */
public final class OutputFolderId {

    private static final String FILE = "output-id";
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private OutputFolderId() {
    }

    /** The id of an output folder, empty when it never published or its id file is not one defstats wrote. */
    public static Optional<String> of(Path outputDir) {
        try {
            String id = Files.readString(file(outputDir), StandardCharsets.US_ASCII).strip();
            return FORM.matcher(id).matches() ? Optional.of(id) : Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The id of an output folder, made now if it has none. */
    public static String ensure(Path outputDir) {
        return ensure(outputDir, Optional.empty());
    }

    /**
     * The id of an output folder; when its id file is missing or not one defstats wrote, {@code known} (the id the
     * job repository recorded its runs under) is written back, else a new id is made.
     */
    public static String ensure(Path outputDir, Optional<String> known) {
        Optional<String> id = of(outputDir);
        if (id.isPresent()) {
            return id.get();
        }
        String made = known.filter(k -> FORM.matcher(k).matches()).orElseGet(() -> UUID.randomUUID().toString());
        Path file = file(outputDir);
        try {
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(FILE + ".tmp");
            Files.writeString(written, made + "\n", StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return made;
    }

    private static Path file(Path outputDir) {
        return outputDir.resolve(".defstats").resolve(FILE);
    }
}
