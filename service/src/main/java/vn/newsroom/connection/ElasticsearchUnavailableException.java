package vn.newsroom.connection;

import java.io.IOException;

/**
 * Elasticsearch failed recently enough that the call was not even tried. An IOException, like every other way of not
 * reaching the cluster, so callers and the problem mapping treat it as one (503 with Retry-After).
 */
public class ElasticsearchUnavailableException extends IOException {

    ElasticsearchUnavailableException(Throwable cause) {
        super("Elasticsearch did not answer recent calls; not trying again for a moment", cause);
    }
}
