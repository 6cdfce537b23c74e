package org.defstats.runs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of defstats as Maven built it (META-INF/build-info.properties), or "development". */
public final class ApplicationVersion {

    private static final String CURRENT = read();

    private ApplicationVersion() {
    }

    public static String current() {
        return CURRENT;
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
