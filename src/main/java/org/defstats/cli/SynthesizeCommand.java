package org.defstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.defstats.register.SyntheticRegister;

/** {@code synthesize-register}: writes a synthetic register to a file, whole or not at all. */
final class SynthesizeCommand {

    private final PrintStream out;

    SynthesizeCommand(PrintStream out) {
        this.out = out;
    }

    int synthesize(Command.SynthesizeRegister command) throws IOException {
        Path target = command.output();
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give the file to write, for example " + target
                    .resolve("register.csv"));
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path work = Files.createTempFile(folder, ".synthesize-", ".csv");
        long persons;
        try {
            try (Writer writer = Files.newBufferedWriter(work, StandardCharsets.UTF_8)) {
                persons = SyntheticRegister.write(command.seed(), command.persons(), writer);
            }
            if (Files.getFileStore(work).supportsFileAttributeView("posix")) {
                // a temporary file is private; the register is a file like any export
                Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(work, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(work);
        }
        out.println("synthesize-register: wrote " + persons + " synthetic persons (seed " + command.seed() + ") to "
                + Defstats.shown(target));
        return Defstats.OK;
    }
}
