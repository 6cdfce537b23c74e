package org.defstats.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The former home of {@link org.defstats.io.Sha256}, kept only for callers not yet moved to it.
 *
 * @deprecated use {@link org.defstats.io.Sha256}
 */
@Deprecated
public final class Sha256 {

    private Sha256() {
    }

    public static String of(byte[] bytes) {
        return org.defstats.io.Sha256.of(bytes);
    }

    public static String of(String text) {
        return org.defstats.io.Sha256.of(text);
    }

    public static String of(Path file) throws IOException {
        return org.defstats.io.Sha256.of(file);
    }
}
