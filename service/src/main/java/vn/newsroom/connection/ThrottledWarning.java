package vn.newsroom.connection;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A warning that repeats for as long as a dependency is down: the first one is logged at once, later ones within the
 * interval are only counted and reported with the next one logged, so an outage under load does not bury the log.
 */
final class ThrottledWarning {

    private final Logger log;
    private final String message;
    private final Duration interval;
    private long loggedAt;
    private boolean logged;
    private long suppressed;

    ThrottledWarning(Logger log, String message, Duration interval) {
        this.log = log;
        this.message = message;
        this.interval = interval;
    }

    synchronized void warn(String detail) {
        long now = System.nanoTime();
        if (logged && now - loggedAt < interval.toNanos()) {
            suppressed++;
            return;
        }
        if (suppressed > 0) {
            log.warnf("%s: %s (and %d more times since the last warning)", message, detail, suppressed);
        } else {
            log.warnf("%s: %s", message, detail);
        }
        logged = true;
        loggedAt = now;
        suppressed = 0;
    }
}
