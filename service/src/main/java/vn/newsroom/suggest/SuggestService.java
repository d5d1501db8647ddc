package vn.newsroom.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.newsroom.article.Article;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.Text;
import vn.newsroom.taxonomy.EntityNames;

/**
 * Autocomplete, cheap enough for every keystroke: entities come from the in-memory catalogues, titles from one
 * phrase-prefix query on {@code title.folded}, whose {@code index_prefixes} turn the last, partial word into a single
 * term lookup. The typed words must stand next to each other in the title, in the typed order; they match without
 * marks, and Telex or VNI leftovers ({@code nguyeen}) match the syllable meant (the field's search analyzer).
 */
@ApplicationScoped
public class SuggestService {

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final EntityNames names;
    private final SuggestConfig config;

    SuggestService(ElasticsearchClient client, IndexConfig index, EntityNames names, SuggestConfig config) {
        this.client = client;
        this.index = index;
        this.names = names;
        this.config = config;
    }

    public Suggestions suggest(String q, Integer size) throws IOException {
        String text = Text.clean(q == null ? "" : q).strip();
        int limit = size == null ? config.defaultSize() : size;
        if (text.isEmpty()) {
            return new Suggestions(text, List.of(), List.of());
        }
        List<Suggestions.Entity> entities = names.matching(text, EnumSet.allOf(EntityNames.Kind.class), limit).stream()
                .map(entity -> new Suggestions.Entity(entity.kind().name().toLowerCase(Locale.ROOT), entity.value(),
                        entity.label()))
                .toList();
        var response = client.search(search -> search
                .index(index.alias())
                .size(limit)
                .query(query -> query.matchPhrasePrefix(prefix -> prefix.field("title.folded").query(text)))
                .collapse(collapse -> collapse.field("title.keyword")) // one suggestion per distinct title
                .source(source -> source.filter(filter -> filter.includes("id", "title"))), Article.class);
        List<Suggestions.Title> titles = response.hits().hits().stream()
                .map(hit -> new Suggestions.Title(hit.id(), hit.source().title()))
                .toList();
        return new Suggestions(text, entities, titles);
    }
}
