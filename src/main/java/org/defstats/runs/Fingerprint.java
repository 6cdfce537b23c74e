package org.defstats.runs;

import java.util.List;

import org.defstats.publish.Sha256;

/**
 * The SHA-256 that identifies what a run publishes: the defstats version (a new version may compute or
 * format differently), the job type, the settings and source that shape the outputs, and the name and
 * content of each input. Description and schedule do not count.
 */
final class Fingerprint {

    private static final String VERSION = "defstats-fingerprint-1";

    private Fingerprint() {
    }

    static String of(String type, String source, String settings, List<InputFile> inputs) {
        StringBuilder text = new StringBuilder(VERSION).append('\n')
                .append("defstats=").append(ApplicationVersion.current()).append('\n')
                .append("type=").append(type).append('\n')
                .append("source=").append(source).append('\n')
                .append("settings=").append(settings).append('\n');
        for (InputFile input : inputs) {
            text.append("input=").append(input.role()).append(' ').append(input.name()).append(' ')
                    .append(input.sha256()).append('\n');
        }
        return Sha256.of(text.toString());
    }
}
