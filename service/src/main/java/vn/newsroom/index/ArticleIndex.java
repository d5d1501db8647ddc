package vn.newsroom.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import vn.newsroom.analysis.AnalysisMode;

/** The articles alias and the versioned indices behind it ({@code articles -> articles-v1}). */
@ApplicationScoped
public class ArticleIndex {

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
            client.indices().create(create -> create.index(index).withJson(new StringReader(definition.createBody(mode))));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
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
