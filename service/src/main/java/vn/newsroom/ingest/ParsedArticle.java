package vn.newsroom.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A raw article split into what is searchable and what is not.
 *
 * @param title       the headline, or {@code null} when the raw text has none
 * @param lead        the first paragraph of the article text (empty when there is no text at all)
 * @param body        the article's own text, lead included and title excluded, paragraphs separated
 *                    by blank lines; captions, credits, bylines and reader prompts are not in it
 * @param captions    photo captions, without their credits, each once, in reading order
 * @param credits     photo credits and agency bylines, each once, in reading order
 * @param publishedAt when it was published, as precisely as the source says, or {@code null}
 */
public record ParsedArticle(
        String title,
        String lead,
        String body,
        List<String> captions,
        List<String> credits,
        PublishedDate publishedAt) {

    public ParsedArticle {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(body, "body");
        captions = List.copyOf(captions);
        credits = List.copyOf(credits);
    }
}
