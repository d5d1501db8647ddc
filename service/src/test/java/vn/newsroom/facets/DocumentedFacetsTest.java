package vn.newsroom.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The API contract (openapi.yaml) names exactly the facets that {@link Facet} defines, in its order. */
class DocumentedFacetsTest {

    private static final JsonNode CONTRACT = read();

    @Test
    void theFacetPathParameterEnumeratesTheDefinedFacets() {
        JsonNode facet = parameter("/api/v1/facets/{facet}", "facet");
        List<String> documented = StreamSupport.stream(facet.at("/schema/enum").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertEquals(Facet.IDS, documented);
    }

    @Test
    void theSearchFacetsParameterNamesTheDefinedFacets() {
        String description = parameter("/api/v1/search", "facets").get("description").asText();
        Matcher names = Pattern.compile("`([a-z]+)`").matcher(description.substring(0, description.indexOf("omitted")));
        List<String> documented = new ArrayList<>();
        while (names.find()) {
            documented.add(names.group(1));
        }
        assertEquals(Facet.IDS, documented);
    }

    private static JsonNode parameter(String path, String name) {
        JsonNode parameters = CONTRACT.path("paths").path(path).path("get").path("parameters");
        return StreamSupport.stream(parameters.spliterator(), false)
                .filter(parameter -> name.equals(parameter.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("openapi.yaml: no parameter " + name + " on " + path));
    }

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(Path.of(System.getProperty("openapi.contract")).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
