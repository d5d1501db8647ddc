package vn.newsroom.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test renderer does what kustomize does with the features k8s/ uses, and refuses the rest. */
class KustomizeTest {

    private final List<ObjectNode> prod = Kustomize.build(RenderedOverlay.K8S.resolve("overlays/prod"));

    @Test
    void patchesMergeContainersByNameKeepingWhatThePatchDoesNotMention() {
        JsonNode container = find("Deployment", "news-search").at("/spec/template/spec/containers/0");
        assertEquals("service", container.get("name").asText());
        assertEquals("640Mi", container.at("/resources/limits/memory").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(9, container.get("env").size());
    }

    @Test
    void patchesMergeMapsAndPutTheOverlaysNamespaceOnNamespacedObjects() {
        ObjectNode config = find("ConfigMap", "news-search-config");
        assertEquals("1", config.at("/data/NEWS_INDEX_REPLICAS").asText());
        assertEquals("articles", config.at("/data/NEWS_INDEX_ALIAS").asText());
        assertEquals("news-prod", config.at("/metadata/namespace").asText());
        assertEquals("", find("Namespace", "news-prod").at("/metadata/namespace").asText());
    }

    @Test
    void generatesSecretsFromEnvFilesFallingBackToTheirExamples() {
        ObjectNode secret = find("Secret", "news-search-es-user");
        assertEquals("kubernetes.io/basic-auth", secret.get("type").asText());
        assertEquals("news-search", new String(Base64.getDecoder().decode(secret.at("/data/username").asText())));
    }

    @Test
    void refusesWhatItCannotRenderLikeKustomize(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), "commonLabels:\n  team: news\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir));
    }

    private ObjectNode find(String kind, String name) {
        return prod.stream()
                .filter(object -> object.path("kind").asText().equals(kind) && object.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow();
    }
}
