package vn.newsroom.enrich;

/**
 * A topic an article is about.
 *
 * @param id    topic slug
 * @param label Vietnamese label
 * @param score the keyword evidence, at least the taxonomy's threshold
 */
public record TopicMatch(String id, String label, double score) {
}
