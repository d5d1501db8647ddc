package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.ParsedQuery;
import vn.newsroom.query.TextQueries;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.text.InputMethod;
import vn.newsroom.vietnamese.text.Syllables;

/**
 * "Did you mean": the query with each word that no article has replaced by the nearest spelling the articles use
 * most (words the articles have are left as typed), and each input-method leftover ({@code Vieetj}) by the syllable meant. Elasticsearch's term suggester
 * reads the folded body, literally (without decoding input-method keys). A query of plain words only is then written
 * as the articles most often write it ({@link WrittenSpelling}), marks included ({@code ha nooi} → {@code Hà Nội}), and proposed only when
 * that finds clearly more articles than the words as typed. Otherwise offsets refer to the typed text, so quotes,
 * {@code OR} and exclusions stay as typed, and excluded words are never corrected.
 */
@ApplicationScoped
class DidYouMean {

    private static final String SUGGESTER = "spelling";
    private static final Set<InputMethod> INPUT_METHODS = EnumSet.allOf(InputMethod.class);

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final WrittenSpelling writtenSpelling;

    DidYouMean(ElasticsearchClient client, IndexConfig index, WrittenSpelling writtenSpelling) {
        this.client = client;
        this.index = index;
        this.writtenSpelling = writtenSpelling;
    }

    /**
     * Whether a weak result deserves a suggestion although it is not empty: a plain word that is no Vietnamese
     * syllable (a slip, an input-method leftover, or a foreign name the suggester will leave alone).
     */
    static boolean looksMistyped(ParsedQuery query) {
        return plainWords(query) && query.words().stream().map(word -> VietnameseText.fold(word.text()).toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.chars().allMatch(Character::isLetter) && !Syllables.isSyllableWithoutMarks(word));
    }

    /** The spelling suggestions to ask for, in the search itself when the query {@linkplain #looksMistyped looks mistyped}. */
    static Suggester suggester(ParsedQuery query) {
        return Suggester.of(suggest -> suggest.text(query.text()).suggesters(SUGGESTER, field -> field
                .term(term -> term.field("body.folded").analyzer(TextQueries.FOLDED_LITERAL)
                        .suggestMode(SuggestMode.Missing).size(1))));
    }

    /** A suggestion asked for on its own: the search did not carry the {@link #suggester}. */
    Optional<String> suggest(ParsedQuery query) throws IOException {
        return suggest(query, client.search(search -> search.index(index.alias()).size(0).suggest(suggester(query)),
                Void.class).suggest());
    }

    /** @param suggestions the answer to {@link #suggester} */
    <T> Optional<String> suggest(ParsedQuery query, Map<String, List<Suggestion<T>>> suggestions) throws IOException {
        List<Replacement> replacements = new ArrayList<>();
        query.positives().stream().filter(ParsedQuery.Word.class::isInstance).forEach(word -> {
            String decoded = InputMethod.decode(word.text(), INPUT_METHODS);
            if (decoded != null) {
                replacements.add(new Replacement(word.start(), word.end(), decoded));
            }
        });
        suggestions.getOrDefault(SUGGESTER, List.of()).stream()
                .map(Suggestion::term)
                .filter(term -> !term.options().isEmpty() && insidePositive(query, term))
                .filter(term -> replacements.stream().noneMatch(decoded -> decoded.overlaps(term)))
                .forEach(term -> replacements.add(new Replacement(term.offset(), term.offset() + term.length(),
                        term.options().getFirst().text())));
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder corrected = new StringBuilder(query.text());
        for (Replacement replacement : replacements) {
            String typed = query.text().substring(replacement.start(), replacement.end());
            corrected.replace(replacement.start(), replacement.end(), sameCase(typed, replacement.text()));
        }
        String folded = corrected.toString().strip();
        return plainWords(query) ? writtenSpelling.of(query, folded) : Optional.of(folded);
    }

    private static boolean plainWords(ParsedQuery query) {
        return query.excluded().isEmpty() && query.strictGroups().isEmpty();
    }

    /** Typed text from {@code start} to {@code end} to be replaced by {@code text}. */
    private record Replacement(int start, int end, String text) {

        boolean overlaps(TermSuggest term) {
            return term.offset() < end && start < term.offset() + term.length();
        }
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
