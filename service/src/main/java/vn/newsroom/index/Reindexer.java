package vn.newsroom.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.newsroom.article.ArticleRepository;

/**
 * Rebuilds the articles index with the current mappings and analysis, behind the alias, while searches and writes go on.
 *
 * <p>Steps: create {@code <alias>-v<n+1>} (Vietnamese analysis when the cluster has the plugin now, so a degraded
 * index is upgraded); name it with the follower alias, so that from then on every write through the alias is repeated
 * on it ({@link ReindexFollower}, on every replica of the service); refresh the current index and copy its documents
 * page by page, each with its version; move the alias in one atomic step; after a short delay stop repeating writes
 * and drop the old index. Searches read the old index until the move and the new, complete one after it.
 *
 * <p>No write is refused and none is lost: a write acknowledged before the follower alias existed is in the copy (the
 * refresh comes after it), a later one is repeated on the new index, and versions decide between a copy and a
 * repeated write or delete of the same article. Writes that reached the old index just before the move are still
 * repeated, since the follower alias outlives the move by {@link IndexConfig#oldIndexDropDelay()}. On failure the new
 * index is dropped and nothing else changes.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final ArticleIndex index;
    private final ReindexFollower follower;
    private final ArticleRepository articles;
    private final AnalysisProbe analysis;
    private final IndexConfig config;
    private final AtomicBoolean running = new AtomicBoolean();

    Reindexer(ArticleIndex index, ReindexFollower follower, ArticleRepository articles, AnalysisProbe analysis,
            IndexConfig config) {
        this.index = index;
        this.follower = follower;
        this.articles = articles;
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
            follower.follow(next);
            articles.refresh(previous); // bulk batches are acknowledged before their upload's final refresh
            documents = index.copy(previous, next);
            articles.refresh(next);
            index.pointAliasTo(next);
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Reindex into %s failed, %s stays in use: %s", next, previous, e.getMessage());
            rollBack(previous, next, e);
            throw e;
        }
        LOG.infof("Alias %s moved from %s to %s (%d articles, %s analysis)", index.alias(), previous, next, documents, mode);
        pause(config.oldIndexDropDelay());
        follower.stopFollowing();
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
            follower.stopFollowing();
            index.delete(next);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
