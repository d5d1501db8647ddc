package vn.newsroom.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the shared Elasticsearch for every @QuarkusTest of the run. */
@WithTestResource(value = ElasticsearchTestResource.class, scope = TestResourceScope.GLOBAL)
public final class SharedElasticsearch {

    private SharedElasticsearch() {
    }
}
