package vn.newsroom.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Prepares the index at start-up, so a started service already serves the seeds. When Elasticsearch is not
 * reachable yet, the service starts anyway (not ready) and keeps trying in the background instead of crashing.
 */
@ApplicationScoped
public class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);

    private final ArticleIndex index;
    private final AnalysisProbe analysis;
    private final InitialArticles seeds;
    private final IndexConfig config;
    private volatile Thread worker;

    IndexBootstrap(ArticleIndex index, AnalysisProbe analysis, InitialArticles seeds, IndexConfig config) {
        this.index = index;
        this.analysis = analysis;
        this.seeds = seeds;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        long deadline = System.nanoTime() + config.startupWait().toNanos();
        while (!tryPrepare()) {
            if (System.nanoTime() >= deadline) {
                worker = Thread.ofVirtual().name("index-bootstrap").start(this::retryUntilPrepared);
                return;
            }
            Thread.sleep(Math.min(config.retryInterval().toMillis(), 1000));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void retryUntilPrepared() {
        try {
            do {
                Thread.sleep(config.retryInterval());
            } while (!tryPrepare());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean tryPrepare() {
        try {
            prepare();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Article index not prepared yet (%s); retrying every %s", e.getMessage(), config.retryInterval());
            return false;
        }
    }

    /** A new index gets the seeds before the alias points at it, so readiness implies searchable seeds. */
    void prepare() throws IOException {
        Optional<String> current = index.currentIndex();
        if (current.isEmpty()) {
            String first = index.firstVersion();
            index.createIfAbsent(first, analysis.detect());
            seeds.loadInto(first);
            index.pointAliasTo(first);
            LOG.infof("Alias %s now points to %s", index.alias(), first);
        } else if (index.count(index.alias()) == 0) {
            seeds.loadInto(index.alias());
        }
    }
}
