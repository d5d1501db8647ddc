package vn.newsroom.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.newsroom.index.ArticleIndex;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader seeds;
    @Inject
    ArticleIndex index;
    @Inject
    ElasticsearchClient client;

    @Test
    void loadingTheSeedsAgainReplacesThemInsteadOfAddingCopies() throws Exception {
        assertEquals(5, seedCount());

        assertEquals(5, seeds.loadInto(index.alias()));

        assertEquals(5, seedCount());
    }

    private long seedCount() throws Exception {
        return client.count(count -> count.index(index.alias())
                .query(query -> query.term(term -> term.field("source").value(SeedLoader.SOURCE)))).count();
    }
}
