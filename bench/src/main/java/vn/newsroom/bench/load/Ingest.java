package vn.newsroom.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.newsroom.bench.relevance.CorpusArticle;
import vn.newsroom.bench.relevance.Http;

/**
 * Ingest through the service ({@code POST /api/v1/documents/bulk}) against plain {@code _bulk} of the documents the
 * service stored, read back from its index, into a second index with the same settings and mapping.
 */
final class Ingest {

    /** Settings Elasticsearch sets itself, or that would tie the copy to the original index. */
    private static final List<String> OWN_SETTINGS = List.of("uuid", "creation_date", "version", "provided_name",
            "routing", "history_uuid", "resize", "blocks");

    private final Http http = new Http();
    private final URI service;
    private final URI elasticsearch;

    Ingest(URI service, URI elasticsearch) {
        this.service = service;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Posts the articles in requests of {@code batch}; returns the seconds from the first request to the last answer.
     * Articles the service refuses are reported and left out: the comparison is over what it stored.
     */
    double throughService(List<CorpusArticle> articles, int batch) throws IOException {
        List<String> requests = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += batch) {
            StringBuilder ndjson = new StringBuilder();
            for (CorpusArticle article : articles.subList(from, Math.min(from + batch, articles.size()))) {
                ndjson.append(Http.JSON.writeValueAsString(Map.of("title", article.headline(), "body", article.body())))
                        .append('\n');
            }
            requests.add(ndjson.toString());
        }
        long started = System.nanoTime();
        int refused = 0;
        for (String ndjson : requests) {
            JsonNode report = http.send("POST", service.resolve("/api/v1/documents/bulk"), "application/x-ndjson", ndjson);
            for (JsonNode item : report.path("items")) {
                refused += "failed".equals(item.path("status").asText()) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (refused > 0) {
            System.err.println("[bench] the service refused " + refused + " of " + articles.size() + " articles");
        }
        return seconds;
    }

    /**
     * Copies the settings and mapping of the index behind {@code alias} to a new index {@code copy} and reads the
     * stored documents back as {@code _bulk} bodies of {@code batch} documents each.
     */
    List<String> prepareCopy(String alias, String copy, int batch) throws IOException {
        JsonNode settings = http.get(elasticsearch.resolve("/" + alias + "/_settings")).elements().next()
                .path("settings").path("index");
        ObjectNode index = settings.deepCopy();
        index.remove(OWN_SETTINGS);
        JsonNode mappings = http.get(elasticsearch.resolve("/" + alias + "/_mapping")).elements().next()
                .path("mappings");
        ObjectNode create = Http.JSON.createObjectNode();
        create.putObject("settings").set("index", index);
        create.set("mappings", mappings);
        http.send("PUT", elasticsearch.resolve("/" + copy), "application/json", create.toString());

        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        JsonNode page = http.send("POST", elasticsearch.resolve("/" + alias + "/_search?scroll=2m"), "application/json",
                "{\"size\":1000,\"sort\":[\"_doc\"]}");
        while (page.path("hits").path("hits").size() > 0) {
            for (JsonNode hit : page.path("hits").path("hits")) {
                ObjectNode action = Http.JSON.createObjectNode();
                action.putObject("index").put("_id", hit.path("_id").asText());
                body.append(action).append('\n').append(hit.path("_source")).append('\n');
                if (++inBody == batch) {
                    bodies.add(body.toString());
                    body.setLength(0);
                    inBody = 0;
                }
            }
            page = http.send("POST", elasticsearch.resolve("/_search/scroll"), "application/json",
                    Http.JSON.createObjectNode().put("scroll", "2m").put("scroll_id", page.path("_scroll_id").asText())
                            .toString());
        }
        http.send("DELETE", elasticsearch.resolve("/_search/scroll"), "application/json",
                Http.JSON.createObjectNode().put("scroll_id", page.path("_scroll_id").asText()).toString());
        if (inBody > 0) {
            bodies.add(body.toString());
        }
        return bodies;
    }

    /** Plain {@code _bulk} from one client, then one refresh; returns the seconds it all took. */
    double rawBulk(String index, List<String> bodies) throws IOException {
        long started = System.nanoTime();
        for (String body : bodies) {
            JsonNode answer = http.send("POST", elasticsearch.resolve("/" + index + "/_bulk"), "application/x-ndjson",
                    body);
            if (answer.path("errors").asBoolean()) {
                throw new IOException("_bulk into " + index + " failed: " + answer.toString().substring(0, 500));
            }
        }
        http.send("POST", elasticsearch.resolve("/" + index + "/_refresh"), "application/json", "");
        return (System.nanoTime() - started) / 1e9;
    }

    long count(String index) throws IOException {
        return http.get(elasticsearch.resolve("/" + index + "/_count")).path("count").asLong();
    }
}
