package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.util.NamedValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.ParsedQuery;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.text.InputMethod;
import vn.newsroom.vietnamese.text.Syllables;

/**
 * "Did you mean": the query with each word that no article has replaced by the nearest spelling the articles use
 * most (words the articles have are left as typed), and each input-method leftover ({@code Vieetj}) by the syllable meant. Elasticsearch's term suggester
 * reads the folded body, literally (without decoding input-method keys). A query of plain words only is then written
 * as the articles most often write it, marks included ({@code ha nooi} → {@code Hà Nội}), and proposed only when
 * that finds clearly more articles than the words as typed. Otherwise offsets refer to the typed text, so quotes,
 * {@code OR} and exclusions stay as typed, and excluded words are never corrected.
 */
@ApplicationScoped
class DidYouMean {

    private static final String SUGGESTER = "spelling";
    private static final Set<InputMethod> INPUT_METHODS = EnumSet.allOf(InputMethod.class);
    /** The index-time folded analyzer: the words as typed, Telex keys and all. */
    private static final String LITERAL = "article_folded";
    private static final List<String> FOLDED = List.of("title.folded", "lead.folded", "body.folded");
    private static final List<String> HIGHLIGHTED = List.of("title.folded", "body.folded");
    /** How many articles are read for the marked spelling: enough to outvote a headline in capitals. */
    private static final int SPELLING_SAMPLE = 20;
    /** "Clearly more": the suggestion must find this many times as many articles as the words as typed. */
    private static final int CLEARLY_MORE = 2;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final Pattern MATCHED = Pattern.compile(START + "([^" + END + "]*)" + END);

    private final ElasticsearchClient client;
    private final IndexConfig index;

    DidYouMean(ElasticsearchClient client, IndexConfig index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Whether a weak result deserves a suggestion although it is not empty: a plain word that is no Vietnamese
     * syllable (a slip, an input-method leftover, or a foreign name the suggester will leave alone).
     */
    static boolean looksMistyped(ParsedQuery query) {
        return plainWords(query) && query.words().stream().map(word -> VietnameseText.fold(word.text()).toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.chars().allMatch(Character::isLetter) && !Syllables.isSyllableWithoutMarks(word));
    }

    Optional<String> suggest(ParsedQuery query) throws IOException {
        var response = client.search(search -> search
                .index(index.alias())
                .size(0)
                .suggest(suggest -> suggest.text(query.text()).suggesters(SUGGESTER, field -> field
                        .term(term -> term.field("body.folded").analyzer(LITERAL).suggestMode(SuggestMode.Missing)
                                .size(1)))),
                Void.class);
        List<Replacement> replacements = new ArrayList<>();
        query.positives().stream().filter(ParsedQuery.Word.class::isInstance).forEach(word -> {
            String decoded = InputMethod.decode(word.text(), INPUT_METHODS);
            if (decoded != null) {
                replacements.add(new Replacement(word.start(), word.end(), decoded));
            }
        });
        response.suggest().getOrDefault(SUGGESTER, List.of()).stream()
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
        return plainWords(query) ? asWritten(query, folded) : Optional.of(folded);
    }

    private static boolean plainWords(ParsedQuery query) {
        return query.excluded().isEmpty() && query.strictGroups().isEmpty();
    }

    /**
     * The corrected words as the articles most often write them, marks included, when they find clearly more
     * articles than the words as typed; the spelling is read from the highlighted matches of the best articles.
     */
    private Optional<String> asWritten(ParsedQuery query, String corrected) throws IOException {
        long typed = client.count(count -> count.index(index.alias()).query(allOf(query.text(), Operator.And)))
                .count();
        var response = client.search(search -> search
                .index(index.alias())
                .size(SPELLING_SAMPLE)
                .source(source -> source.fetch(false))
                .trackTotalHits(total -> total.enabled(true))
                .query(inOrder(corrected))
                .highlight(highlight -> highlight.preTags(String.valueOf(START)).postTags(String.valueOf(END))
                        .numberOfFragments(3).fragmentSize(100)
                        .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, HighlightField.of(f -> f)))
                                .toList())), Void.class);
        long suggested = response.hits().total() == null ? 0 : response.hits().total().value();
        if (suggested == 0 || suggested < CLEARLY_MORE * Math.max(typed, 1)) {
            return Optional.empty();
        }
        String wanted = VietnameseText.fold(corrected).toLowerCase(Locale.ROOT);
        Map<String, Integer> spellings = new HashMap<>();
        response.hits().hits().forEach(hit -> hit.highlight().values().forEach(fragments -> fragments.forEach(
                fragment -> spellings(fragment).forEach(spelling -> spellings.merge(spelling, 1, Integer::sum)))));
        return Optional.of(spellings.entrySet().stream()
                .filter(entry -> VietnameseText.fold(entry.getKey()).toLowerCase(Locale.ROOT).equals(wanted))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(entry -> !entry.getKey().equals(entry.getKey().toUpperCase(Locale.ROOT))))
                .map(Map.Entry::getKey)
                .orElse(corrected));
    }

    /**
     * The highlighted runs of a fragment, matches with only spaces between them joined (the highlighter marks a
     * phrase whole or word by word): the phrase as one article wrote it.
     */
    private static List<String> spellings(String fragment) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int lastEnd = -1;
        Matcher matcher = MATCHED.matcher(fragment);
        while (matcher.find()) {
            if (lastEnd >= 0 && !fragment.substring(lastEnd, matcher.start()).isBlank()) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.append(run.isEmpty() ? "" : " ").append(matcher.group(1).strip());
            lastEnd = matcher.end();
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static Query allOf(String text, Operator operator) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(FOLDED).analyzer(LITERAL)
                .type(TextQueryType.CrossFields).operator(operator)));
    }

    private static Query inOrder(String text) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(FOLDED).analyzer(LITERAL)
                .type(TextQueryType.Phrase)));
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
