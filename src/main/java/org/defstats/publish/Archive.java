package org.defstats.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.defstats.io.FolderPaths;
import org.defstats.io.Sha256;

/**
 * The write-once archive of every input and job file a run read, by content: {@code archive/ab/abcd…} holds the
 * bytes whose SHA-256 is {@code abcd…}. A file is copied and hashed in one pass, so that a run reads exactly the
 * bytes it recorded; an archived file is never overwritten or deleted, and one whose bytes no longer match its
 * name is reported rather than trusted.
 */
public final class Archive {

    /** The archive folder inside the output folder. */
    public static final String FOLDER = "archive";

    private final Path output;

    public Archive(Path output) {
        this.output = output;
    }

    /** A file in the archive: its SHA-256, size and path relative to the output folder. */
    public record Archived(String sha256, long bytes, String name) {
    }

    /** Refused: the file's size or modification time changed while it was read, so the copy may be partial. */
    public static final class ChangedWhileReadException extends IOException {

        public ChangedWhileReadException(Path file) {
            super(file + ": changed while defstats read it (an export still being written?); run again when the "
                    + "export is finished");
        }
    }

    /** The size and last-modified time of {@code file} now. */
    public static FileStamp stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    /** Archives a copy of {@code file} unless the archive has its content already. */
    public Archived store(Path file) throws IOException {
        return store(file, stamp(file));
    }

    /**
     * Archives a copy of {@code file}, whose stamp was {@code before} when it was judged ready to read; refused, and
     * nothing archived, when its stamp after the copy differs.
     */
    public Archived store(Path file, FileStamp before) throws IOException {
        Path root = output.resolve(FOLDER);
        Files.createDirectories(root);
        Path incoming = root.resolve(".incoming-" + UUID.randomUUID());
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            bytes = Files.copy(in, incoming);
        }
        catch (IOException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
        if (stamp(file).changedSince(before)) {
            Files.deleteIfExists(incoming);
            throw new ChangedWhileReadException(file);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        String name = FOLDER + "/" + sha256.substring(0, 2) + "/" + sha256;
        Path target = output.resolve(name);
        try {
            if (Files.exists(target)) {
                requireIntact(target, sha256);
            }
            else {
                Files.createDirectories(target.getParent());
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                target.toFile().setReadOnly();
            }
        }
        finally {
            Files.deleteIfExists(incoming);
        }
        return new Archived(sha256, bytes, name);
    }

    /**
     * The path of an archived file, checked to still have the content its name says. The name comes from a
     * manifest or the job repository, so one that lies outside the archive folder is refused.
     */
    public Path open(String name, String sha256) {
        Path path = locate(name);
        try {
            requireIntact(path, sha256);
            return path;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the archived file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The path of an archived file, inside the archive folder and present, without reading its content: for the
     * partitions of one step, each reading a part of a file the step checked whole with {@link #open} before.
     */
    public Path locate(String name) {
        Path root = output.resolve(FOLDER).toAbsolutePath().normalize();
        Path path = FolderPaths.isInside(output, name) ? FolderPaths.inside(output, name) : null;
        if (path == null || !path.startsWith(root) || path.equals(root)) {
            throw new UncheckedIOException(new IOException("the archived file '" + name + "' lies outside the "
                    + "archive folder " + root + "; the run's record cannot be trusted: run the job again"));
        }
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException(new IOException("the archived file " + path + " is missing; restore "
                    + "the archive folder from a backup"));
        }
        return path;
    }

    private static void requireIntact(Path path, String sha256) throws IOException {
        String actual = Sha256.of(path);
        if (!actual.equals(sha256)) {
            throw new IOException("the archived file " + path + " no longer has the content its name says (its "
                    + "SHA-256 is " + actual + "); it was changed after archiving: restore it from a backup");
        }
    }
}
