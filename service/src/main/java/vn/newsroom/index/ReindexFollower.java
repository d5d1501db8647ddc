package vn.newsroom.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleAlias;

/**
 * Repeats every write made through the alias on the index a reindex is filling, so that writes go on during a reindex
 * and none is lost with the old index. The reindex names its new index with the alias {@code <alias>-next}
 * ({@link #follow}), which every replica of the service sees. A write is repeated after it succeeded on the current
 * index, with the version it got there (external versioning), and so is the reindex's copy:
 * whichever arrives last, the newest version wins, and a repeated delete leaves a tombstone that a late copy of the
 * deleted article cannot overwrite. A write that cannot be repeated fails, so an acknowledged write is in both indices.
 * Repeats go as bulk requests, even single ones, because a bulk answers a version conflict per item rather than as an
 * exception.
 */
@ApplicationScoped
public class ReindexFollower implements ArticleAlias {

    static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** How long a delete's tombstone outlives it in an index being filled: longer than any copy takes. */
    private static final Time TOMBSTONE_LIFETIME = Time.of(time -> time.time("1h"));

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    ReindexFollower(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    /** The alias that names the index a reindex is filling, while it runs. */
    private String followerAlias() {
        return index.alias() + "-next";
    }

    /** From now on, every write through the alias is repeated on {@code next}, on every replica of the service. */
    public void follow(String next) throws IOException {
        client.indices().putSettings(put -> put.index(next).settings(settings -> settings.gcDeletes(TOMBSTONE_LIFETIME)));
        client.indices().updateAliases(update -> update
                .actions(action -> action.remove(remove -> remove.index("*").alias(followerAlias()).mustExist(false)))
                .actions(action -> action.add(add -> add.index(next).alias(followerAlias()))));
    }

    /** Writes are no longer repeated on another index. */
    public void stopFollowing() throws IOException {
        client.indices().updateAliases(update -> update
                .actions(action -> action.remove(remove -> remove.index("*").alias(followerAlias()).mustExist(false))));
    }

    @Override
    public String name() {
        return index.alias();
    }

    @Override
    public void indexed(Article article, long version) throws IOException {
        repeat(List.of(index(article, version)), Refresh.WaitFor);
    }

    @Override
    public void deleted(String id, long version) throws IOException {
        repeat(List.of(BulkOperation.of(op -> op.delete(delete -> delete.id(id).version(version)
                .versionType(VersionType.External)))), Refresh.WaitFor);
    }

    /** Repeats the items that succeeded; like the bulk request itself, without waiting for a refresh. */
    @Override
    public void indexedAll(List<Article> articles, BulkResponse response) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
                operations.add(index(articles.get(i), item.version()));
            }
        }
        repeat(operations, Refresh.False);
    }

    private static BulkOperation index(Article article, long version) {
        return BulkOperation.of(op -> op.index(write -> write.id(article.id()).document(article).version(version)
                .versionType(VersionType.External)));
    }

    /** One bulk request, whose per-item answers tell a newer version (nothing to repeat) from a failure. */
    private void repeat(List<BulkOperation> operations, Refresh refresh) throws IOException {
        Optional<String> target = target();
        if (target.isEmpty() || operations.isEmpty()) {
            return;
        }
        List<String> unwritten = unwritten(
                client.bulk(bulk -> bulk.index(target.get()).operations(operations).refresh(refresh)));
        if (!unwritten.isEmpty()) {
            throw new IOException("Repeating writes on " + target.get() + ", which a reindex fills, failed: " + unwritten);
        }
    }

    /** The index a reindex is filling, if one runs. Asked on every write: a reindex may start on another replica. */
    private Optional<String> target() throws IOException {
        String follower = followerAlias();
        if (!client.indices().existsAlias(exists -> exists.name(follower)).value()) {
            return Optional.empty();
        }
        return client.indices().getAlias(get -> get.name(follower)).aliases().keySet().stream().findFirst();
    }

    /** The first few items that were neither written nor met a newer version of themselves, with the reason. */
    static List<String> unwritten(BulkResponse response) {
        return response.items().stream()
                .filter(item -> item.error() != null && !VERSION_CONFLICT.equals(item.error().type()))
                .limit(3)
                .map(item -> item.id() + ": " + item.error().reason())
                .toList();
    }
}
