package vn.newsroom.analysis;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import co.elastic.clients.elasticsearch.nodes.info.NodesInfoMetric;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Collection;
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

    /** Vietnamese when every node has the plugin: a shard on a node without it could not open the index. */
    public AnalysisMode detect() throws IOException {
        Collection<NodeInfo> nodes = client.nodes().info(info -> info.metric(NodesInfoMetric.Plugins)).nodes().values();
        boolean everywhere = !nodes.isEmpty() && nodes.stream().allMatch(AnalysisProbe::hasPlugin);
        if (everywhere) {
            return AnalysisMode.VIETNAMESE;
        }
        LOG.warnf("The Elasticsearch cluster lacks the '%s' plugin on some node: new indices use core analysis, so"
                + " searches without diacritics and with other tone placements will miss. Install it on every node with"
                + " 'bin/elasticsearch-plugin install --batch file:///path/to/vietnamese-analysis-<version>.zip'"
                + " (built by ./mvnw package in analysis-plugin/target), restart the nodes, then POST /api/v1/admin/reindex.",
                PLUGIN_NAME);
        return AnalysisMode.CORE;
    }

    private static boolean hasPlugin(NodeInfo node) {
        return node.plugins().stream().anyMatch(plugin -> PLUGIN_NAME.equals(plugin.name()));
    }
}
