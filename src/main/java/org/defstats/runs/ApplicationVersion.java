package org.defstats.runs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of defstats as Maven built it (META-INF/build-info.properties), or "development", and its commit. */
public final class ApplicationVersion {

    private static final String CURRENT = read();
    private static final String COMMIT = readCommit();

    private ApplicationVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    /** The git commit defstats was built from (git.properties), "-dirty" when it had changes; "unknown". */
    public static String commit() {
        return COMMIT;
    }

    private static String readCommit() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/git.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String commit = properties.getProperty("git.commit.id", "unknown");
            return commit + ("true".equals(properties.getProperty("git.dirty")) ? "-dirty" : "");
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    private static String read() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build.version", "development");
        }
        catch (IOException e) {
            return "development";
        }
    }
}
