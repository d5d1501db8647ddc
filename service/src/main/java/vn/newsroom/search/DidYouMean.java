package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.ParsedQuery;

/**
 * "Did you mean": the query with each word that the corpus spells differently, more often, replaced by that
 * spelling. Elasticsearch's term suggester reads the folded body, so the suggestion is written without marks, which
 * the search accepts. Offsets refer to the typed text, so quotes, {@code OR} and exclusions stay as typed, and
 * excluded words are never corrected.
 */
@ApplicationScoped
class DidYouMean {

    private static final String SUGGESTER = "spelling";

    private final ElasticsearchClient client;
    private final IndexConfig index;

    DidYouMean(ElasticsearchClient client, IndexConfig index) {
        this.client = client;
        this.index = index;
    }

    Optional<String> suggest(ParsedQuery query) throws IOException {
        var response = client.search(search -> search
                .index(index.alias())
                .size(0)
                .suggest(suggest -> suggest.text(query.text()).suggesters(SUGGESTER, field -> field
                        .term(term -> term.field("body.folded").suggestMode(SuggestMode.Popular).size(1)))),
                Void.class);
        List<TermSuggest> corrections = response.suggest().getOrDefault(SUGGESTER, List.of()).stream()
                .map(Suggestion::term)
                .filter(term -> !term.options().isEmpty() && insidePositive(query, term))
                .sorted(Comparator.comparingInt(TermSuggest::offset).reversed())
                .toList();
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(query.text());
        for (TermSuggest term : corrections) {
            String typed = query.text().substring(term.offset(), term.offset() + term.length());
            corrected.replace(term.offset(), term.offset() + term.length(), sameCase(typed, term.options().getFirst().text()));
        }
        return Optional.of(corrected.toString().strip());
    }

    private static boolean insidePositive(ParsedQuery query, TermSuggest term) {
        return query.positives().stream().anyMatch(operand ->
                operand.start() <= term.offset() && term.offset() + term.length() <= operand.end());
    }

    /** "Myanmr" becomes "Myanmar", not "myanmar". */
    private static String sameCase(String typed, String suggestion) {
        return !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))
                ? new StringBuilder().appendCodePoint(Character.toUpperCase(suggestion.codePointAt(0)))
                        .append(suggestion, Character.charCount(suggestion.codePointAt(0)), suggestion.length()).toString()
                : suggestion;
    }
}
