package vn.newsroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The one real Elasticsearch all tests share: the cluster named by QUARKUS_ELASTICSEARCH_HOSTS (scripts/test starts
 * a local one and sets it), else, where a Docker engine answers, the official image plus our plugin.
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String OFFICIAL_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch";
    private static ElasticsearchContainer container;

    @Override
    public Map<String, String> start() {
        if (configuredHosts().isPresent()) {
            return Map.of();
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("The tests need a real Elasticsearch: run scripts/test, which starts one,"
                    + " or set QUARKUS_ELASTICSEARCH_HOSTS to a 9.x cluster that has the vietnamese-analysis plugin.");
        }
        return Map.of("quarkus.elasticsearch.hosts", sharedContainer().getHttpHostAddress());
    }

    @Override
    public void stop() {
        // The container lives for the whole test JVM (Ryuk removes it); Quarkus restarts between profiles must not.
    }

    private static Optional<String> configuredHosts() {
        return Optional.ofNullable(System.getenv("QUARKUS_ELASTICSEARCH_HOSTS"))
                .or(() -> Optional.ofNullable(System.getProperty("quarkus.elasticsearch.hosts")));
    }

    private static synchronized ElasticsearchContainer sharedContainer() {
        if (container == null) {
            String version = System.getProperty("elasticsearch.version");
            Path plugin = Path.of(System.getProperty("plugin.zip"));
            var image = new ImageFromDockerfile("vn-news-search-elasticsearch", false)
                    .withFileFromPath("vietnamese-analysis.zip", plugin)
                    .withDockerfileFromBuilder(dockerfile -> dockerfile
                            .from(OFFICIAL_IMAGE + ":" + version)
                            .copy("vietnamese-analysis.zip", "/tmp/vietnamese-analysis.zip")
                            .run("bin/elasticsearch-plugin install --batch file:///tmp/vietnamese-analysis.zip"));
            container = new ElasticsearchContainer(DockerImageName.parse(image.get()).asCompatibleSubstituteFor(OFFICIAL_IMAGE))
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container.start();
        }
        return container;
    }
}
