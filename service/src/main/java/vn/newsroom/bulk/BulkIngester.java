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
import vn.newsroom.documents.Article;
import vn.newsroom.documents.ArticleInput;
import vn.newsroom.documents.ArticleRepository;
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
    public BulkReport ingest(InputStream body, boolean ndjson, long declaredLength) throws IOException {
        Upload upload = new Upload();
        reader.read(RequestBodies.limited(body, declaredLength, config.maxBulkBodySize().asLongValue()), ndjson, upload);
        upload.flush();
        repository.refresh(index.alias());
        upload.outcomes.sort(Comparator.comparingInt(BulkOutcome::index));
        return BulkReport.of(upload.outcomes);
    }

    /** The state of one upload: the batch being filled and the outcomes so far. */
    private final class Upload implements BulkItemReader.Sink {

        private final List<BulkOutcome> outcomes = new ArrayList<>();
        private final List<Article> batch = new ArrayList<>();
        private final List<Integer> batchIndices = new ArrayList<>();

        @Override
        public void accept(int index, ArticleInput input) {
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
            refuse(index, null, reason);
        }

        private void refuse(int index, String id, InvalidDocumentException reason) {
            outcomes.add(BulkOutcome.failed(index, id, reason.getMessage()));
        }

        /** A batch that Elasticsearch cannot take at all fails item by item; the next batch is still tried. */
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
                            "Elasticsearch did not take the batch: " + e.getMessage()));
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
