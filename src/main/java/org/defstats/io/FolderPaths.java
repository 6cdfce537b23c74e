package org.defstats.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves a file name taken from a file (a manifest, a job file, the job repository), which is untrusted, inside
 * the folder it belongs to: the one check every command uses before it reads or writes such a name.
 */
public final class FolderPaths {

    /** A name that is empty, absolute, not a path, or leads out of its folder with {@code ..}. */
    public static final class OutsideFolderException extends IllegalArgumentException {
        OutsideFolderException(String message) {
            super(message);
        }
    }

    private FolderPaths() {
    }

    /**
     * The path {@code name} names inside {@code folder}, normalized; {@code ./x.csv} and {@code a/../x.csv} are
     * {@code x.csv}.
     *
     * @throws OutsideFolderException when the name does not stay inside the folder; the message is one line that
     *                                names the name and the folder
     */
    public static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = name == null || name.isEmpty() ? null : Path.of(name);
        }
        catch (InvalidPathException e) {
            relative = null;
        }
        Path resolved = relative == null || relative.isAbsolute() ? null : base.resolve(relative).normalize();
        if (resolved == null || !resolved.startsWith(base) || resolved.equals(base)) {
            throw new OutsideFolderException("'" + name + "' does not name a file inside " + base);
        }
        return resolved;
    }

    /** Whether {@code name} names a file inside {@code folder}, as {@link #inside} resolves it. */
    public static boolean isInside(Path folder, String name) {
        try {
            inside(folder, name);
            return true;
        }
        catch (OutsideFolderException e) {
            return false;
        }
    }
}
