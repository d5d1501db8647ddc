package vn.newsroom.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The articles alias and the versioned indices behind it ({@code articles -> articles-v1}). */
@ApplicationScoped
public class ArticleIndex {

    private static final int COPY_PAGE_SIZE = 500;
    private static final Time COPY_KEEP_ALIVE = Time.of(time -> time.time("2m"));

    private final ElasticsearchClient client;
    private final IndexConfig config;
    private final IndexDefinition definition;

    ArticleIndex(ElasticsearchClient client, IndexConfig config, IndexDefinition definition) {
        this.client = client;
        this.config = config;
        this.definition = definition;
    }

    public String alias() {
        return config.alias();
    }

    /** The first version's name is fixed, so service replicas starting together converge on one index. */
    public String firstVersion() {
        return config.alias() + "-v1";
    }

    /** The concrete index the alias points to, if the alias exists. */
    public Optional<String> currentIndex() throws IOException {
        if (!client.indices().existsAlias(exists -> exists.name(config.alias())).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(get -> get.name(config.alias())).aliases().keySet().stream().findFirst();
    }

    /** Creates the index unless it exists already (another replica may be creating it at the same time). */
    public void createIfAbsent(String index, AnalysisMode mode) throws IOException {
        if (client.indices().exists(exists -> exists.index(index)).value()) {
            return;
        }
        try {
            create(index, mode);
        } catch (ElasticsearchException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
        }
    }

    /** Creates the index with the current mappings; fails when it exists ({@link #alreadyExists}). */
    public void create(String index, AnalysisMode mode) throws IOException {
        client.indices().create(create -> create.index(index).withJson(new StringReader(definition.createBody(mode))));
    }

    public static boolean alreadyExists(ElasticsearchException e) {
        return "resource_already_exists_exception".equals(e.error().type());
    }

    /**
     * The version after the highest that exists, {@code <alias>-v<n+1>}: counting from the indices rather than the
     * alias skips over a leftover of an interrupted reindex instead of colliding with it.
     */
    public String nextVersion() throws IOException {
        String prefix = config.alias() + "-v";
        int highest = client.indices().resolveIndex(resolve -> resolve.name(prefix + "*")).indices().stream()
                .map(item -> item.name().substring(prefix.length()))
                .filter(number -> number.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt)
                .max().orElse(0);
        return prefix + (highest + 1);
    }

    /**
     * Copies every document of {@code from} that search sees into {@code to}, re-analysed with {@code to}'s mappings,
     * each with its version in {@code from}, so that a newer version {@link ReindexFollower} wrote meanwhile (or its
     * delete) wins over the copy. Sees what was refreshed in {@code from}; the copies are searchable after a refresh
     * of {@code to}. Pages through a point in time rather than using
     * {@code _reindex}, which needs the reindex module that minimal distributions (such as the one the scripts run) lack.
     *
     * @return how many documents were read from {@code from}
     */
    public long copy(String from, String to) throws IOException {
        String pit = client.openPointInTime(open -> open.index(from).keepAlive(COPY_KEEP_ALIVE)).id();
        long copied = 0;
        try {
            List<FieldValue> after = List.of();
            while (true) {
                String currentPit = pit;
                List<FieldValue> searchAfter = after;
                var page = client.search(search -> {
                    search.pit(point -> point.id(currentPit).keepAlive(COPY_KEEP_ALIVE))
                            .size(COPY_PAGE_SIZE)
                            .version(true)
                            .sort(sort -> sort.field(field -> field.field("_shard_doc")));
                    return searchAfter.isEmpty() ? search : search.searchAfter(searchAfter);
                }, JsonData.class);
                List<Hit<JsonData>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                write(to, hits);
                copied += hits.size();
                pit = page.pitId();
                after = hits.getLast().sort();
            }
        } finally {
            String lastPit = pit;
            client.closePointInTime(close -> close.id(lastPit));
        }
        return copied;
    }

    private void write(String index, List<Hit<JsonData>> hits) throws IOException {
        List<String> unwritten = ReindexFollower.unwritten(client.bulk(bulk -> bulk.index(index).operations(hits.stream()
                .map(hit -> BulkOperation.of(op -> op.index(write -> write.id(hit.id()).document(hit.source())
                        .version(hit.version()).versionType(VersionType.External))))
                .toList())));
        if (!unwritten.isEmpty()) {
            throw new IllegalStateException("Copying into " + index + " failed: " + unwritten);
        }
    }

    public void delete(String index) throws IOException {
        client.indices().delete(delete -> delete.index(index));
    }

    /** Moves the alias to {@code index} in one atomic step, so readers never see no index or two. */
    public void pointAliasTo(String index) throws IOException {
        Optional<String> previous = currentIndex();
        client.indices().updateAliases(update -> {
            previous.filter(old -> !old.equals(index))
                    .ifPresent(old -> update.actions(action -> action.remove(remove -> remove.index(old).alias(config.alias()))));
            return update.actions(action -> action.add(add -> add.index(index).alias(config.alias()).isWriteIndex(true)));
        });
    }

    public long count(String indexOrAlias) throws IOException {
        return client.count(count -> count.index(indexOrAlias)).count();
    }

    /** The analysis the index was created with, as recorded in its mapping's _meta. */
    public AnalysisMode analysisOf(String index) throws IOException {
        Map<String, JsonData> meta = client.indices().getMapping(get -> get.index(index)).get(index).mappings().meta();
        return AnalysisMode.valueOf(meta.get("analysis").to(String.class));
    }
}
