package vn.newsroom.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The body that creates an articles index: analysis settings and mappings from JSON resources. */
@ApplicationScoped
public class IndexDefinition {

    static final String MAPPINGS_RESOURCE = "index/articles-mappings.json";

    private final ObjectMapper json;
    private final IndexConfig config;

    IndexDefinition(ObjectMapper json, IndexConfig config) {
        this.json = json;
        this.config = config;
    }

    /** Create-index body; the analysis mode is recorded in the mapping's _meta so readiness can report it later. */
    public String createBody(AnalysisMode mode) {
        ObjectNode settings = (ObjectNode) resource(mode.settingsResource());
        settings.putObject("index")
                .put("number_of_shards", config.shards())
                .put("number_of_replicas", config.replicas());
        ObjectNode mappings = (ObjectNode) resource(MAPPINGS_RESOURCE);
        mappings.putObject("_meta").put("analysis", mode.name());
        ObjectNode body = json.createObjectNode();
        body.set("settings", settings);
        body.set("mappings", mappings);
        return body.toString();
    }

    private com.fasterxml.jackson.databind.JsonNode resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
