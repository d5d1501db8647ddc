package vn.newsroom.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.newsroom.analysis.AnalysisMode;
import vn.newsroom.analysis.AnalysisProbe;

/**
 * Rebuilds the articles index with the current mappings and analysis, behind the alias, while searches go on.
 *
 * <p>Steps: create {@code <alias>-v<n+1>} (Vietnamese analysis when the cluster has the plugin now, so a degraded
 * index is upgraded); block writes to the current index and refresh it; copy its documents page by page; check the
 * counts; move the alias in one atomic step; drop the old index after a short delay. Searches read the old index until the move and
 * the new, complete one after it, so none fails and none sees a partial index.
 *
 * <p>Writes during a reindex are refused, not lost: the block is an Elasticsearch index block, so it holds for every
 * replica of the service, and a refused write answers 503 with Retry-After. Without it, a write acknowledged after
 * the copy started would vanish with the old index. On failure the new index is dropped and writes are allowed again;
 * if the service dies mid-way, running the reindex again clears the block.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final ArticleIndex index;
    private final AnalysisProbe analysis;
    private final IndexConfig config;
    private final AtomicBoolean running = new AtomicBoolean();

    Reindexer(ArticleIndex index, AnalysisProbe analysis, IndexConfig config) {
        this.index = index;
        this.analysis = analysis;
        this.config = config;
    }

    public ReindexReport reindex() throws IOException {
        if (!running.compareAndSet(false, true)) {
            throw new ReindexInProgressException();
        }
        try {
            return rebuild();
        } finally {
            running.set(false);
        }
    }

    private ReindexReport rebuild() throws IOException {
        long start = System.nanoTime();
        String previous = index.currentIndex().orElseThrow(IndexNotReadyException::new);
        String next = index.nextVersion();
        AnalysisMode mode = analysis.detect();
        try {
            index.create(next, mode);
        } catch (ElasticsearchException e) {
            if (ArticleIndex.alreadyExists(e)) {
                throw new ReindexInProgressException(); // another replica took the same next version
            }
            throw e;
        }
        long documents;
        try {
            index.blockWrites(previous);
            index.refresh(previous); // bulk batches are acknowledged before their upload's final refresh
            documents = index.copy(previous, next);
            long held = index.count(previous);
            long copied = index.count(next);
            if (held != copied) {
                throw new IllegalStateException(previous + " holds " + held + " articles, but " + next + " " + copied);
            }
            index.pointAliasTo(next);
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Reindex into %s failed, %s stays in use: %s", next, previous, e.getMessage());
            rollBack(previous, next, e);
            throw e;
        }
        LOG.infof("Alias %s moved from %s to %s (%d articles, %s analysis)", index.alias(), previous, next, documents, mode);
        pause(config.oldIndexDropDelay());
        index.delete(previous);
        return new ReindexReport(previous, next, documents, mode, (System.nanoTime() - start) / 1_000_000);
    }

    /** An interrupted wait (the service stopping) leaves the old index for the next reindex to skip over. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before dropping the old index", e);
        }
    }

    private void rollBack(String previous, String next, Exception cause) {
        try {
            index.allowWrites(previous);
            index.delete(next);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
