package vn.newsroom.bulk;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.documents.BodyTooLargeException;
import vn.newsroom.documents.DocumentIntake;
import vn.newsroom.documents.DocumentsConfig;
import vn.newsroom.documents.RequestBodies;
import vn.newsroom.index.IndexConfig;

/**
 * Stores a bulk upload as it streams in, through a {@link BulkPipeline}: each item is checked and enriched on arrival,
 * valid ones go to Elasticsearch in batches sent as soon as they are full, so memory holds a few batches, not the
 * upload. An invalid item is reported and never sent; an item Elasticsearch rejects is reported too; neither stops the
 * others, and each article is written whole or not at all. Batches are not refreshed one by one: one refresh at the
 * end makes everything stored searchable when this returns.
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
    private final BatchWriter writer;
    private final ArticleRepository repository;
    private final DocumentsConfig documents;
    private final BulkConfig config;
    private final IndexConfig index;

    BulkIngester(BulkItemReader reader, DocumentIntake intake, BatchWriter writer, ArticleRepository repository,
            DocumentsConfig documents, BulkConfig config, IndexConfig index) {
        this.reader = reader;
        this.intake = intake;
        this.writer = writer;
        this.repository = repository;
        this.documents = documents;
        this.config = config;
        this.index = index;
    }

    /** @param declaredLength the Content-Length, or -1 when chunked */
    public BulkReport ingest(InputStream body, boolean ndjson, long declaredLength) {
        long limit = documents.maxBulkBodySize().asLongValue();
        InputStream limited = RequestBodies.limited(body, declaredLength, limit);
        List<BulkIncomplete> incomplete = new ArrayList<>();
        try (BulkPipeline pipeline = new BulkPipeline(intake, writer, config)) {
            try {
                reader.read(limited, ndjson, pipeline);
            } catch (BodyTooLargeException e) {
                if (pipeline.received() == 0) {
                    throw e; // nothing read, nothing stored: a plain 413
                }
                incomplete.add(BulkIncomplete.tooLarge(limit, pipeline.received()));
            }
            pipeline.finish();
            List<Integer> unconfirmed = pipeline.unconfirmed();
            if (!unconfirmed.isEmpty()) {
                incomplete.add(BulkIncomplete.notStored(unconfirmed));
            }
            refresh(incomplete);
            return BulkReport.of(pipeline.outcomes(), incomplete);
        }
    }

    private void refresh(List<BulkIncomplete> incomplete) {
        try {
            repository.refresh(index.alias());
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("The refresh after a bulk upload failed: %s", e.getMessage());
            incomplete.add(BulkIncomplete.notRefreshed(e.getMessage()));
        }
    }
}
