package org.defstats.runs;

import java.util.List;

import org.defstats.io.Sha256;
import org.defstats.publish.InputFile;

/**
 * The SHA-256 that identifies what a run publishes: the defstats version and the commit it was built from (a new
 * build may compute or format differently), the job type, the settings, source, max-rejects and languages that
 * shape the outputs, and the name, content and encoding setting of each input. Description and schedule do not
 * count.
 */
final class Fingerprint {

    private static final String VERSION = "defstats-fingerprint-4";

    private Fingerprint() {
    }

    static String of(String type, String source, String settings, long maxRejects, String languages,
            List<InputFile> inputs) {
        StringBuilder text = new StringBuilder(VERSION).append('\n')
                .append("defstats=").append(ApplicationVersion.current()).append(' ').append(ApplicationVersion.commit())
                .append('\n')
                .append("type=").append(type).append('\n')
                .append("source=").append(source).append('\n')
                .append("settings=").append(settings).append('\n')
                .append("max-rejects=").append(maxRejects).append('\n')
                .append("languages=").append(languages).append('\n');
        for (InputFile input : inputs) {
            text.append("input=").append(input.role()).append(' ').append(input.name()).append(' ')
                    .append(input.sha256()).append(' ').append(input.encoding()).append('\n');
        }
        return Sha256.of(text.toString());
    }
}
