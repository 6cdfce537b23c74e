package org.defstats.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.status.OnPrintStreamStatusListenerBase;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import ch.qos.logback.core.util.FileSize;

/**
 * Where the framework's logging (Spring, Spring Batch, Hikari, H2) goes: into a log file of the output folder, and on
 * the console only with {@code --debug}. The file is attached here rather than through {@code logging.file.name}:
 * Spring Boot's rolling appender compiles the log file's path into a regular expression, so an output folder such as
 * {@code /tmp/a[z-a]/output} stopped Spring from starting ({@code Illegal character range}); {@link LogFileRollover}
 * keeps the previous files under numbered names instead. Without {@code --debug} Logback's own complaints (a log file
 * it cannot write on a full disk: one stack trace per logged line) stay off the console too; the failure that matters
 * is reported by defstats in one line.
 */
final class FrameworkLogging {

    /** The size at which the log file is set aside as {@code defstats.log.1}. */
    static final String MAX_FILE_SIZE = "10MB";

    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p " + ProcessHandle.current().pid()
            + " --- [%t] %-40.40logger{39} : %m%n";

    private FrameworkLogging() {
    }

    /** {@code builder} with the framework logging into {@code logFile}, and on the console too when {@code debug}. */
    static SpringApplicationBuilder into(SpringApplicationBuilder builder, Path logFile, boolean debug) {
        // the listener has no order, so it runs after Spring Boot's LoggingApplicationListener has set Logback up
        ApplicationListener<ApplicationEvent> attach = event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                attach(logFile.toAbsolutePath(), debug);
            }
        };
        return builder.properties(Map.of("logging.threshold.console", debug ? "INFO" : "OFF")).listeners(attach);
    }

    private static void attach(Path logFile, boolean debug) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        if (!debug) {
            StatusManager statuses = context.getStatusManager();
            for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
                if (listener instanceof OnPrintStreamStatusListenerBase) {
                    statuses.remove(listener);
                }
            }
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("DEFSTATS_FILE");
        appender.setFile(logFile.toString());
        appender.setEncoder(encoder);
        LogFileRollover rollover = new LogFileRollover(logFile);
        rollover.setContext(context);
        rollover.setParent(appender);
        rollover.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();
        appender.setRollingPolicy(rollover);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }
}
