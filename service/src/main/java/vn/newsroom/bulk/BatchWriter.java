package vn.newsroom.bulk;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.newsroom.connection.ElasticsearchUnavailableException;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.index.IndexConfig;

/** Stores one batch of a bulk upload in one bulk request and tells what became of each of its articles. */
@ApplicationScoped
class BatchWriter {

    private static final Logger LOG = Logger.getLogger(BatchWriter.class);

    private final ArticleRepository repository;
    private final IndexConfig index;

    BatchWriter(ArticleRepository repository, IndexConfig index) {
        this.repository = repository;
        this.index = index;
    }

    /**
     * Each article's outcome, in the batch's order. A batch that Elasticsearch does not confirm fails item by item
     * ({@code confirmed} false); the caller still sends the next one. Unconfirmed is not always unstored (a timed-out
     * batch may still be applied), which the error says, and which is harmless: ids are stable, resending replaces.
     */
    BatchResult store(BulkBatch batch) {
        try {
            BulkResponse response = repository.saveAll(index.alias(), batch.articles());
            List<BulkOutcome> outcomes = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(outcome(batch.indices().get(i), response.items().get(i)));
            }
            return new BatchResult(outcomes, true);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("A bulk batch of %d articles failed: %s", batch.size(), e.getMessage());
            String error = notSent(e)
                    ? "Elasticsearch is unavailable, this item was not stored; resend it: " + e.getMessage()
                    : "Elasticsearch did not confirm the batch, so this item may or may not be stored; resend it: "
                            + e.getMessage();
            List<BulkOutcome> outcomes = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(BulkOutcome.failed(batch.indices().get(i), batch.articles().get(i).id(), error));
            }
            return new BatchResult(outcomes, false);
        }
    }

    /** The circuit breaker was open, or no connection could be made: the batch never reached Elasticsearch. */
    private static boolean notSent(Exception e) {
        return e instanceof ElasticsearchUnavailableException || e instanceof ConnectException;
    }

    private static BulkOutcome outcome(int index, BulkResponseItem item) {
        if (item.error() != null) {
            return BulkOutcome.failed(index, item.id(), item.error().type() + ": " + item.error().reason());
        }
        BulkOutcome.Status status = "created".equals(item.result()) ? BulkOutcome.Status.CREATED
                : BulkOutcome.Status.UPDATED;
        return new BulkOutcome(index, item.id(), status, null);
    }

    /** @param confirmed whether Elasticsearch answered for the batch (each item may still have failed alone) */
    record BatchResult(List<BulkOutcome> outcomes, boolean confirmed) {
    }
}
