package io.meterflow.jobs.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures what the loggers under a name log, whatever the test's log4j configuration says, by
 * adding a logger config with its own appender for the duration of a test.
 */
final class CapturedLogs extends AbstractAppender implements AutoCloseable {

  private final String loggerName;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

  private CapturedLogs(String loggerName) {
    super("captured-" + loggerName, null, null, true, Property.EMPTY_ARRAY);
    this.loggerName = loggerName;
  }

  /** Starts capturing everything logged under loggerName, DEBUG and above. */
  static CapturedLogs of(String loggerName) {
    CapturedLogs logs = new CapturedLogs(loggerName);
    logs.start();
    Configuration configuration = logs.context.getConfiguration();
    LoggerConfig logger =
        LoggerConfig.newBuilder()
            .withLoggerName(loggerName)
            .withLevel(Level.DEBUG)
            .withAdditivity(true)
            .withConfig(configuration)
            .build();
    logger.addAppender(logs, Level.DEBUG, null);
    configuration.addLogger(loggerName, logger);
    logs.context.updateLoggers();
    return logs;
  }

  @Override
  public void append(LogEvent event) {
    lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
  }

  /** Everything captured, one entry per event. */
  String text() {
    return String.join(System.lineSeparator(), lines);
  }

  @Override
  public void close() {
    context.getConfiguration().removeLogger(loggerName);
    context.updateLoggers();
    stop();
  }
}
