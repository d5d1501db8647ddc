package vn.newsroom.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.List;

/** Removes what a test wrote, so that other tests' counts stay theirs (the test cluster lacks _delete_by_query). */
public final class TestArticles {

    private TestArticles() {
    }

    public static void deleteBySource(ElasticsearchClient client, String alias, String source) throws IOException {
        while (true) {
            List<String> ids = client.search(search -> search.index(alias).size(1000).source(none -> none.fetch(false))
                            .query(query -> query.term(term -> term.field("source").value(source))), Void.class)
                    .hits().hits().stream().map(hit -> hit.id()).toList();
            if (ids.isEmpty()) {
                return;
            }
            client.bulk(bulk -> bulk.index(alias).refresh(Refresh.True).operations(ids.stream()
                    .map(id -> BulkOperation.of(op -> op.delete(delete -> delete.id(id)))).toList()));
        }
    }
}
