package vn.newsroom.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.newsroom.article.Article;

/** Turns Elasticsearch hits into API hits; shared by search and related articles. */
@ApplicationScoped
public class HitMapper {

    /** Only what a hit shows is read from _source: bodies are large. */
    public static final SourceConfig SOURCE = SourceConfig.of(source -> source.filter(filter -> filter.includes(
            "id", "title", "published.value", "source", "countries.code", "countries.name", "topics.id", "topics.label")));

    private final Highlighting highlighting;

    HitMapper(Highlighting highlighting) {
        this.highlighting = highlighting;
    }

    public SearchHit toHit(Hit<Article> hit) {
        Article article = hit.source();
        return new SearchHit(
                hit.id(),
                article.title(),
                article.published() == null ? null : article.published().value(),
                article.source(),
                article.countries() == null ? List.of() : article.countries().stream()
                        .map(country -> new SearchHit.CountryRef(country.code(), country.name())).toList(),
                article.topics() == null ? List.of() : article.topics().stream()
                        .map(topic -> new SearchHit.TopicRef(topic.id(), topic.label())).toList(),
                hit.score(),
                highlighting.title(hit.highlight().get("title"), article.title()),
                highlighting.snippet(hit.highlight().get("body")));
    }
}
