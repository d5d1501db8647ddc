package vn.newsroom.documents;

import java.util.List;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.enrich.Country;
import vn.newsroom.enrich.Topic;
import vn.newsroom.ingest.PublishedDate;

/**
 * An {@link ArticleInput} that passed validation, its references resolved.
 *
 * @param id          the client's id, or {@code null} to derive one
 * @param title       headline, or {@code null}
 * @param countries   the client's countries, or {@code null} to find them in the text
 * @param topics      the client's topics, or {@code null} to find them in the text
 */
record CheckedInput(String id, String title, String body, PublishedDate publishedAt, String source, String url,
        List<Country> countries, List<Topic> topics) {
}
