package vn.newsroom.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The images are what the manifests assume, checked without a Docker daemon: the service image's configuration as
 * the build gives it to Jib (and, when {@code ./mvnw package -Pimage} has made one, the tarball's own config), and
 * the Elasticsearch image recipe against the versions the build and the Elasticsearch resources use.
 */
class ContainerImageTest {

    private static final Path POM = Path.of("pom.xml");
    private static final Path TARBALL = Path.of("target", "jib-image.tar");
    /** What the service's JVM may take beside heap and direct memory: metaspace, code cache, thread stacks, GC. */
    private static final long JVM_BEYOND_HEAP_AND_DIRECT = 160L << 20;
    private static final Path ELASTICSEARCH_DOCKERFILE = RenderedOverlay.K8S.resolve("elasticsearch/Dockerfile");

    private final JibConfiguration jib = new JibConfiguration(POM);
    private final List<RenderedOverlay> overlays = RenderedOverlay.all();

    @Test
    void theManifestsRunTheImageTheBuildMakesAsItsUserOnItsPort() {
        String image = jib.value("to/image");
        int user = Integer.parseInt(jib.value("container/user"));
        List<String> ports = jib.values("container/ports/port");
        List<String> problems = new ArrayList<>();
        for (RenderedOverlay overlay : overlays) {
            Container service = ServiceDeployment.container(overlay);
            var pod = ServiceDeployment.of(overlay).getSpec().getTemplate().getSpec();
            if (!image.equals(service.getImage())) {
                problems.add(overlay.name + ": runs " + service.getImage() + ", the build makes " + image);
            }
            Long runAs = pod.getSecurityContext().getRunAsUser();
            if (runAs == null || runAs != user) {
                problems.add(overlay.name + ": runs as user " + runAs + ", the image's user is " + user);
            }
            for (ContainerPort port : service.getPorts()) {
                if (!ports.contains(String.valueOf(port.getContainerPort()))) {
                    problems.add(overlay.name + ": container port " + port.getContainerPort() + " is not among the image's " + ports);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(user > 0, "a numeric non-root user, so runAsNonRoot can verify it");
    }

    /**
     * The heap (a share of the container's limit) plus the direct memory cap leave every overlay's memory limit room
     * for the rest of the JVM: metaspace, code cache, thread stacks, GC structures.
     */
    @Test
    void theHeapAndDirectMemoryLeaveRoomForTheRestOfTheJvmUnderEveryMemoryLimit() {
        List<String> entrypoint = jib.values("container/entrypoint/arg");
        double heapShare = Double.parseDouble(jvmOption(entrypoint, "-XX:MaxRAMPercentage=")) / 100;
        long direct = Quantity.getAmountInBytes(new Quantity(jvmOption(entrypoint, "-XX:MaxDirectMemorySize=")
                .toUpperCase().replace("M", "Mi").replace("G", "Gi"))).longValue();
        List<String> problems = new ArrayList<>();
        for (RenderedOverlay overlay : overlays) {
            Quantity limit = ServiceDeployment.container(overlay).getResources().getLimits().get("memory");
            long bytes = Quantity.getAmountInBytes(limit).longValue();
            long rest = bytes - (long) (bytes * heapShare) - direct;
            if (rest < JVM_BEYOND_HEAP_AND_DIRECT) {
                problems.add(overlay.name + ": a " + limit + " limit leaves " + (rest >> 20) + " MiB beside heap and direct memory");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theImageStartsTheQuarkusAppAndShipsTheSeeds() {
        Map<String, String> directories = jib.extraDirectories();
        String app = directories.get("target/quarkus-app");
        List<String> entrypoint = jib.values("container/entrypoint/arg");
        assertEquals(List.of("-jar", app + "/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertEquals(app, jib.value("container/workingDirectory"));
        assertEquals(directories.get("./../seeds"), jib.entries("container/environment").get("NEWS_SEEDS_DIRECTORY"));
        for (RenderedOverlay overlay : overlays) {
            assertEquals("true", ServiceDeployment.settings(overlay).get("NEWS_SEEDS_ENABLED"), overlay.name);
        }
    }

    @Test
    void theBaseIsPinnedByDigestAndTheImageLabelledWithItsVersion() {
        assertTrue(jib.value("from/image").matches(".+@sha256:[0-9a-f]{64}"), jib.value("from/image"));
        Map<String, String> labels = jib.entries("container/labels");
        assertEquals(System.getProperty("project.version"), labels.get("org.opencontainers.image.version"));
        assertEquals(ContainerImages.repository(jib.value("to/image")), labels.get("org.opencontainers.image.title"));
    }

    /** Only after ./mvnw package -Pimage (which needs the base image's registry): skipped otherwise. */
    @Test
    void theBuiltTarballHasTheConfiguredUserEntrypointPortAndLabels() throws Exception {
        assumeTrue(Files.exists(TARBALL), "no image tarball: build one with ./mvnw package -Pimage");
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(ContainerImages.readFromTar(TARBALL, Set.of("manifest.json")).get("manifest.json")).get(0);
        String configName = manifest.get("Config").asText();
        JsonNode config = json.readTree(ContainerImages.readFromTar(TARBALL, Set.of(configName)).get(configName)).get("config");
        assertEquals(jib.value("to/image"), manifest.get("RepoTags").get(0).asText());
        assertEquals(jib.value("container/user"), config.get("User").asText());
        assertEquals(jib.values("container/entrypoint/arg"), json.convertValue(config.get("Entrypoint"), List.class));
        for (String port : jib.values("container/ports/port")) {
            assertTrue(config.get("ExposedPorts").has(port + "/tcp"), port);
        }
        // The base's label is left out: a build may take the base from a local copy (-Dimage.base=tar://...).
        jib.entries("container/labels").entrySet().stream().filter(label -> !label.getKey().equals("org.opencontainers.image.base.name"))
                .forEach(label -> assertEquals(label.getValue(), config.get("Labels").path(label.getKey()).asText(), label.getKey()));
    }

    @Test
    void theElasticsearchImageIsTheBuildsVersionPlusThePluginTheBuildMakes() throws Exception {
        String dockerfile = Files.readString(ELASTICSEARCH_DOCKERFILE);
        String elasticsearchVersion = System.getProperty("elasticsearch.version");
        String projectVersion = System.getProperty("project.version");
        assertEquals(elasticsearchVersion, argDefault(dockerfile, "ELASTICSEARCH_VERSION"));
        assertEquals(projectVersion, argDefault(dockerfile, "PLUGIN_VERSION"));
        assertTrue(dockerfile.contains("FROM docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION}"));
        assertTrue(dockerfile.contains("COPY --chown=1000:0 vietnamese-analysis-${PLUGIN_VERSION}.zip "),
                "copies the zip analysis-plugin/target holds");
        assertEquals("vietnamese-analysis-" + projectVersion + ".zip", Path.of(System.getProperty("plugin.zip")).getFileName().toString());
        for (RenderedOverlay overlay : overlays) {
            for (EckElasticsearch elasticsearch : overlay.elasticsearches()) {
                assertEquals(elasticsearchVersion, elasticsearch.version(), overlay.name);
                assertEquals("news-elasticsearch:" + elasticsearchVersion + "-" + projectVersion, elasticsearch.image(), overlay.name);
            }
        }
    }

    private static String jvmOption(List<String> arguments, String prefix) {
        return arguments.stream().filter(argument -> argument.startsWith(prefix)).map(argument -> argument.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("the entrypoint sets no " + prefix));
    }

    private static String argDefault(String dockerfile, String name) {
        Matcher matcher = Pattern.compile("(?m)^ARG " + name + "=(\\S+)$").matcher(dockerfile);
        assertTrue(matcher.find(), "ARG " + name);
        return matcher.group(1);
    }
}
