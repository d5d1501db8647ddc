package vn.newsroom.bulk;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.documents.BodyTooLargeException;
import vn.newsroom.documents.DocumentIntake;
import vn.newsroom.documents.DocumentsConfig;
import vn.newsroom.documents.InvalidDocumentException;
import vn.newsroom.documents.RequestBodies;
import vn.newsroom.index.IndexConfig;

/**
 * Stores a bulk upload as it streams in: each item is checked and enriched on arrival, valid ones go to
 * Elasticsearch in batches of {@link DocumentsConfig#bulkBatchSize()}, so memory holds one batch, not the upload.
 * An invalid item is reported and never sent; an item Elasticsearch rejects is reported too; neither stops the
 * others, and each article is written whole or not at all. Everything stored is searchable when this returns.
 *
 * <p>Whatever happens after the first item, the answer is the report of what was stored: a body that crosses the size
 * limit stops there (the items before it are stored and listed, the rest marked unread), a batch Elasticsearch does
 * not confirm fails item by item, and a final refresh that fails is noted instead of failing the whole upload.
 */
@ApplicationScoped
public class BulkIngester {

    private static final Logger LOG = Logger.getLogger(BulkIngester.class);

    private final BulkItemReader reader;
    private final DocumentIntake intake;
    private final ArticleRepository repository;
    private final DocumentsConfig config;
    private final IndexConfig index;

    BulkIngester(BulkItemReader reader, DocumentIntake intake, ArticleRepository repository, DocumentsConfig config,
            IndexConfig index) {
        this.reader = reader;
        this.intake = intake;
        this.repository = repository;
        this.config = config;
        this.index = index;
    }

    /** @param declaredLength the Content-Length, or -1 when chunked */
    public BulkReport ingest(InputStream body, boolean ndjson, long declaredLength) {
        long limit = config.maxBulkBodySize().asLongValue();
        InputStream limited = RequestBodies.limited(body, declaredLength, limit);
        Upload upload = new Upload();
        List<BulkIncomplete> incomplete = new ArrayList<>();
        try {
            reader.read(limited, ndjson, upload);
        } catch (BodyTooLargeException e) {
            if (upload.received == 0) {
                throw e; // nothing read, nothing stored: a plain 413
            }
            incomplete.add(BulkIncomplete.tooLarge(limit, upload.received));
        }
        upload.flush();
        try {
            repository.refresh(index.alias());
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("The refresh after a bulk upload failed: %s", e.getMessage());
            incomplete.add(BulkIncomplete.notRefreshed(e.getMessage()));
        }
        upload.outcomes.sort(Comparator.comparingInt(BulkOutcome::index));
        return BulkReport.of(upload.outcomes, incomplete);
    }

    /** The state of one upload: the batch being filled and the outcomes so far. */
    private final class Upload implements BulkItemReader.Sink {

        private final List<BulkOutcome> outcomes = new ArrayList<>();
        private final List<Article> batch = new ArrayList<>();
        private final List<Integer> batchIndices = new ArrayList<>();
        /** Items read so far, valid or not: the index of the first item not read. */
        private int received;

        @Override
        public void accept(int index, ArticleInput input) {
            received++;
            Article article;
            try {
                article = intake.fromInput(input);
            } catch (InvalidDocumentException e) {
                refuse(index, input.id(), e);
                return;
            }
            batch.add(article);
            batchIndices.add(index);
            if (batch.size() >= config.bulkBatchSize()) {
                flush();
            }
        }

        @Override
        public void refuse(int index, InvalidDocumentException reason) {
            received++;
            refuse(index, null, reason);
        }

        private void refuse(int index, String id, InvalidDocumentException reason) {
            outcomes.add(BulkOutcome.failed(index, id, reason.getMessage()));
        }

        /**
         * A batch that Elasticsearch does not confirm fails item by item; the next batch is still tried. Unconfirmed is
         * not always unstored (a timed-out batch may still be applied), which is harmless: ids are stable, resending
         * replaces.
         */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                BulkResponse response = repository.saveAll(index.alias(), batch);
                for (int i = 0; i < batch.size(); i++) {
                    outcomes.add(outcome(batchIndices.get(i), response.items().get(i)));
                }
            } catch (IOException | ElasticsearchException e) {
                LOG.warnf("A bulk batch of %d articles failed: %s", batch.size(), e.getMessage());
                for (int i = 0; i < batch.size(); i++) {
                    outcomes.add(BulkOutcome.failed(batchIndices.get(i), batch.get(i).id(),
                            "Elasticsearch did not confirm the batch, resend this item: " + e.getMessage()));
                }
            }
            batch.clear();
            batchIndices.clear();
        }

        private static BulkOutcome outcome(int index, BulkResponseItem item) {
            if (item.error() != null) {
                return BulkOutcome.failed(index, item.id(), item.error().type() + ": " + item.error().reason());
            }
            BulkOutcome.Status status = "created".equals(item.result()) ? BulkOutcome.Status.CREATED
                    : BulkOutcome.Status.UPDATED;
            return new BulkOutcome(index, item.id(), status, null);
        }
    }
}
