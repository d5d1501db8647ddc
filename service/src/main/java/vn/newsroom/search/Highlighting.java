package vn.newsroom.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marked titles and body snippets. The unified highlighter reads the folded sub-field's matches onto the original
 * text ({@code matched_fields}; both analyzers share the tokenizer, so offsets agree), which is how {@code bo truong}
 * marks "Bộ trưởng". Text is HTML-escaped because callers render it.
 */
@ApplicationScoped
public class Highlighting {

    private final SearchConfig config;
    private final String open;
    private final String close;
    private final Pattern adjacent;

    Highlighting(SearchConfig config) {
        if (!config.highlightTag().matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("news.search.highlight-tag must be an HTML element name: "
                    + config.highlightTag());
        }
        this.config = config;
        open = "<" + config.highlightTag() + ">";
        close = "</" + config.highlightTag() + ">";
        adjacent = Pattern.compile(Pattern.quote(close) + "(\\s+)" + Pattern.quote(open));
    }

    /** Highlighting of what {@code query} matches; a query that matches nothing leaves the text unmarked. */
    public Highlight request(Query query) {
        return Highlight.of(highlight -> highlight
                .type(HighlighterType.Unified)
                .encoder(HighlighterEncoder.Html)
                .preTags(open)
                .postTags(close)
                .highlightQuery(query)
                .fields(List.of(
                        NamedValue.of("title", HighlightField.of(field -> field
                                .matchedFields("title", "title.folded").numberOfFragments(0))),
                        NamedValue.of("body", HighlightField.of(field -> field
                                .matchedFields("body", "body.folded")
                                .numberOfFragments(1)
                                .fragmentSize(config.snippetLength())
                                .noMatchSize(config.snippetLength()))))));
    }

    /** The marked title, or the title escaped when nothing in it matched. */
    String title(List<String> fragments, String title) {
        return fragments == null || fragments.isEmpty() ? escape(title) : joinAdjacent(fragments.getFirst());
    }

    String snippet(List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : joinAdjacent(fragments.getFirst());
    }

    /** One mark over "Bộ trưởng Ngoại giao" instead of four, as a reader sees the phrase. */
    private String joinAdjacent(String html) {
        return adjacent.matcher(html).replaceAll("$1");
    }

    /** The escaping of Elasticsearch's html encoder, so marked and unmarked text read alike. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#x27;";
            case '/' -> "&#x2F;";
            default -> String.valueOf((char) c);
        }));
        return out.toString();
    }
}
