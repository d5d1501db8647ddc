package vn.newsroom.marks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;
import vn.newsroom.index.ArticleIndex;

/**
 * Gives text typed without marks the marks the indexed articles most likely use, from a {@link MarkModel} learned
 * from the newest articles. It learns at start-up and again whenever the number of articles has changed enough
 * ({@link MarksConfig}); until then, and while Elasticsearch is away, the last model serves.
 */
@ApplicationScoped
public class MarkRestoration {

    private static final Logger LOG = Logger.getLogger(MarkRestoration.class);
    /** Articles per page read: bodies may be long, and a page is held whole while its words are counted. */
    private static final int PAGE_SIZE = 100;
    private static final List<SortOptions> NEWEST_FIRST = List.of(
            SortOptions.of(s -> s.field(field -> field.field("indexedAt").order(SortOrder.Desc))),
            SortOptions.of(s -> s.field(field -> field.field("id").order(SortOrder.Asc))));

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final MarksConfig config;
    private volatile Learned learned = new Learned(MarkModel.EMPTY, 0);

    /** @param indexed articles in the index when the model was learned */
    record Learned(MarkModel model, long indexed) {}

    /** Only the texts whose words are counted. */
    record Texts(String title, String lead, String body) {}

    MarkRestoration(ElasticsearchClient client, ArticleIndex index, MarksConfig config) {
        this.client = client;
        this.index = index;
        this.config = config;
    }

    /** Scheduled in code, because only code sees the interval's default, declared in {@link MarksConfig}. */
    void schedule(@Observes StartupEvent event, Scheduler scheduler) {
        if (config.sampleArticles() <= 0) {
            return;
        }
        scheduler.newJob(MarkRestoration.class.getName())
                .setInterval(config.checkInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> learnIfChanged())
                .schedule();
    }

    /** See {@link MarkModel#restore}; the text lowercased, as typed, while nothing has been learned. */
    public String restore(String text) {
        return learned.model().restore(text, config.restoreOdds());
    }

    public MarkModel model() {
        return learned.model();
    }

    /** Articles in the index when the model was learned. */
    public long indexedWhenLearned() {
        return learned.indexed();
    }

    void learnIfChanged() {
        try {
            long indexed = index.count(index.alias());
            long before = learned.indexed();
            // measured against what was learned from: in a large index the newest articles change long before the
            // count does in proportion
            long learnedFrom = Math.min(before, config.sampleArticles());
            if (indexed > 0 && Math.abs(indexed - before) > config.relearnChange() * learnedFrom) {
                learned = new Learned(learn(), indexed);
                LOG.infof("Learned the spelling of %d articles (%d words)", learned.model().articles(),
                        learned.model().words());
            }
        } catch (Exception e) {
            // the last model keeps serving: spelling changes slowly
            LOG.debugf("Spelling not learned: %s", e.getMessage());
        }
    }

    private MarkModel learn() throws IOException {
        MarkModel.Builder model = MarkModel.builder();
        List<FieldValue> after = List.of();
        for (int read = 0; read < config.sampleArticles(); ) {
            int size = Math.min(PAGE_SIZE, config.sampleArticles() - read);
            List<FieldValue> from = after;
            List<Hit<Texts>> hits = client.search(search -> {
                search.index(index.alias()).size(size).sort(NEWEST_FIRST)
                        .source(source -> source.filter(filter -> filter.includes("title", "lead", "body")));
                return from.isEmpty() ? search : search.searchAfter(from);
            }, Texts.class).hits().hits();
            hits.stream().map(Hit::source)
                    .forEach(texts -> model.article(texts.title(), texts.lead(), texts.body()));
            read += hits.size();
            if (hits.size() < size) {
                break;
            }
            after = hits.getLast().sort();
        }
        return model.build();
    }
}
