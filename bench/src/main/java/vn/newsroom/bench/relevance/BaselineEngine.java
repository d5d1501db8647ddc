package vn.newsroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain setup indexed straight into the same Elasticsearch: the same bodies under the ids the service gave them,
 * queried with a plain {@code multi_match} ({@code most_fields}, OR) over the fields its definition lists. The
 * definitions are JSON resources under {@code baselines/}: {@code settings}, {@code mappings} and {@code fields}.
 */
final class BaselineEngine implements SearchEngine {

    private static final int BATCH = 500;

    private final Http http;
    private final URI index;
    private final String name;
    private final JsonNode definition;

    private BaselineEngine(Http http, URI elasticsearch, String indexPrefix, String name, JsonNode definition) {
        this.http = http;
        this.index = elasticsearch.resolve("/" + indexPrefix + name);
        this.name = name;
        this.definition = definition;
    }

    static BaselineEngine create(Http http, URI elasticsearch, String indexPrefix, String name) throws IOException {
        JsonNode definition;
        try (InputStream in = BaselineEngine.class.getResourceAsStream("/baselines/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no baseline definition baselines/" + name + ".json");
            }
            definition = Http.JSON.readTree(in);
        }
        BaselineEngine engine = new BaselineEngine(http, elasticsearch, indexPrefix, name, definition);
        engine.drop();
        ObjectNode body = Http.JSON.createObjectNode();
        body.set("settings", definition.get("settings"));
        body.set("mappings", definition.get("mappings"));
        http.send("PUT", engine.index, "application/json", body.toString());
        return engine;
    }

    @Override
    public String name() {
        return "plain " + name;
    }

    void ingest(List<CorpusArticle> articles, List<String> ids) throws IOException {
        for (int from = 0; from < articles.size(); from += BATCH) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = from; i < Math.min(from + BATCH, articles.size()); i++) {
                ObjectNode action = Http.JSON.createObjectNode();
                action.putObject("index").put("_id", ids.get(i));
                ndjson.append(action).append('\n')
                        .append(Http.JSON.createObjectNode().put("body", articles.get(i).body())).append('\n');
            }
            JsonNode response = http.send("POST", URI.create(index + "/_bulk"), "application/x-ndjson", ndjson.toString());
            if (response.path("errors").asBoolean()) {
                throw new IOException(name + ": bulk indexing failed: " + response.path("items").path(0));
            }
        }
        http.send("POST", URI.create(index + "/_refresh"), "application/json", "");
    }

    @Override
    public Ranked search(String query) throws IOException {
        ObjectNode request = Http.JSON.createObjectNode().put("size", DEPTH).put("_source", false);
        ObjectNode multiMatch = request.putObject("query").putObject("multi_match")
                .put("query", query).put("type", "most_fields");
        multiMatch.set("fields", definition.get("fields"));
        JsonNode response = http.send("POST", URI.create(index + "/_search"), "application/json", request.toString());
        List<String> ids = new ArrayList<>();
        response.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        return new Ranked(ids, response.path("hits").path("total").path("value").asLong(), response.path("took").asLong());
    }

    void drop() throws IOException {
        http.delete(URI.create(index + "?ignore_unavailable=true"));
    }
}
