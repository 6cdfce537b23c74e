package org.defstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.RollingPolicy;
import ch.qos.logback.core.rolling.RolloverFailure;
import ch.qos.logback.core.rolling.helper.CompressionMode;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Sets a full log file aside as {@code defstats.log.1}, the one before as {@code .2}, and so on up to {@value #KEPT},
 * dropping the oldest. Unlike Logback's own policies it names no file pattern, which Logback would compile into a
 * regular expression with the output folder's path in it.
 */
final class LogFileRollover extends ContextAwareBase implements RollingPolicy {

    /** How many earlier log files are kept. */
    static final int KEPT = 3;

    private final Path file;
    private volatile boolean started;

    LogFileRollover(Path file) {
        this.file = file;
    }

    /** The {@code n}th earlier log file, {@code defstats.log.n}. */
    Path earlier(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public void rollover() throws RolloverFailure {
        try {
            Files.deleteIfExists(earlier(KEPT));
            for (int n = KEPT - 1; n >= 1; n--) {
                if (Files.exists(earlier(n))) {
                    Files.move(earlier(n), earlier(n + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, earlier(1), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new RolloverFailure("cannot set " + file + " aside: " + e.getMessage());
        }
    }

    @Override
    public String getActiveFileName() {
        return file.toString();
    }

    @Override
    public CompressionMode getCompressionMode() {
        return CompressionMode.NONE;
    }

    @Override
    public void setParent(FileAppender<?> appender) {
        // the file is known from the start
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }
}
