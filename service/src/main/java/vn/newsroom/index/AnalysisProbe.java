package vn.newsroom.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.plugins.PluginsRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.jboss.logging.Logger;

/** Tells whether the connected cluster can run the Vietnamese analysis. */
@ApplicationScoped
public class AnalysisProbe {

    public static final String PLUGIN_NAME = "vietnamese-analysis";
    private static final Logger LOG = Logger.getLogger(AnalysisProbe.class);

    private final ElasticsearchClient client;

    AnalysisProbe(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Vietnamese when every node has the plugin: a shard on a node without it could not open the index. Uses the
     * cat API because the typed nodes-info response cannot decode stable plugins.
     */
    public AnalysisMode detect() throws IOException {
        int nodes = client.cluster().health().numberOfNodes();
        long nodesWithPlugin = client.cat().plugins().plugins().stream()
                .filter(plugin -> PLUGIN_NAME.equals(plugin.component()))
                .map(PluginsRecord::name)
                .distinct()
                .count();
        if (nodes > 0 && nodesWithPlugin == nodes) {
            return AnalysisMode.VIETNAMESE;
        }
        LOG.warnf("The Elasticsearch cluster lacks the '%s' plugin on %d of %d nodes: new indices use core analysis,"
                + " so searches without diacritics and with other tone placements will miss. Install it on every node"
                + " with 'bin/elasticsearch-plugin install --batch file:///path/to/vietnamese-analysis-<version>.zip'"
                + " (built by ./mvnw package in analysis-plugin/target), restart the nodes, then recreate the index.",
                PLUGIN_NAME, nodes - nodesWithPlugin, nodes);
        return AnalysisMode.CORE;
    }
}
