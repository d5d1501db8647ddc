package vn.newsroom.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** What the service logs under a category while a test runs, at the levels the category is configured to log. */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    public static CapturedLog of(String category) {
        CapturedLog log = new CapturedLog(Logger.getLogger(category));
        log.logger.addHandler(log);
        return log;
    }

    /** Formatted messages of the records at or above {@code level}. */
    public List<String> messages(Level level) {
        return records.stream().filter(record -> record.getLevel().intValue() >= level.intValue())
                .map(record -> record instanceof ExtLogRecord formatted ? formatted.getFormattedMessage() : record.getMessage())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
