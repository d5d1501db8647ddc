package vn.newsroom.query;

import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsZeroTerms;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.newsroom.marks.MarkRestoration;
import vn.newsroom.query.ParsedQuery.Group;
import vn.newsroom.query.ParsedQuery.Operand;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.text.InputMethod;

/**
 * The Elasticsearch query for a {@link ParsedQuery}. Matching is accent-insensitive: the typed words are scored with
 * BM25 over title, lead and body taken as one field ({@code combined_fields} on the {@code .folded} sub-fields, the
 * title weighing most), and the {@link MatchStrategy} says how many of them an article needs. That is the
 * {@linkplain #matching first pass}, run on every matching article. The {@linkplain #ranking signals} then reorder
 * the best of them in a rescore window (scoring them on every match took more than half of a broad query's time on
 * 100,000 articles), each one named clause of the same {@code bool}, weighted by {@link QueryConfig}:
 * <ul>
 *   <li>{@link #allWords}: articles with every word before those that miss one;</li>
 *   <li>{@link #adjacentSyllables}: syllables next to each other in the typed order (the {@code .bigram} sub-fields),
 *       which is how Vietnamese words of several syllables are told apart from scattered ones;</li>
 *   <li>{@link #nearEachOther}: the words close together, in order;</li>
 *   <li>{@link #sameSpelling}: the words spelt as typed, marks included (the main fields), or for words typed
 *       without marks, spelt as the articles most likely spell them, or each likely spelling where none is clearly
 *       the likeliest ({@link MarkRestoration}).</li>
 * </ul>
 * The weights were chosen on the development corpus with scripts/relevance (see the README).
 * Quoted phrases and {@code OR} groups must match whatever the strategy, as phrases.
 *
 * <p>Words typed with Telex or VNI left unconverted ({@code Vieetj}) also match the syllable meant: the search
 * analyzers of the main and folded fields add it ({@code vi_input_method}), and the bigram signal is given the decoded
 * words. With {@linkplain #matching(ParsedQuery, MatchStrategy, Collection) corrections}, a plain word of
 * {@value #CORRECTABLE_LENGTH}+ letters also matches folded words one edit away, its first letter kept; such matches
 * weigh {@link QueryConfig#correctionBoost()} and never earn the all-words bonus, so they rank below exact ones in the
 * rescore window, and by their lower weight alone below it.
 *
 * <p>An excluded operand typed without marks excludes every marked spelling ({@code -lao} drops "Lào" and
 * "lao động"); typed with marks it excludes only that spelling, in any case and tone placement ({@code -Lào}
 * keeps "lao động"). Exclusion is textual: {@code -Myanmar} does not drop an article that only says "Mi-an-ma".
 */
@ApplicationScoped
public class TextQueries {

    /** The title weighs most; lead and body are one text (a heavier lead measured worse on the development corpus). */
    private static final List<String> EXACT = List.of("title^3", "lead", "body");
    private static final List<String> FOLDED = suffixed(".folded");
    private static final List<String> BIGRAM = suffixed(".bigram");
    /** The index-time analyzers: exclusions take what is typed literally, without decoding input-method keys. */
    private static final String EXACT_LITERAL = "article_text";
    /** The index-time folded analyzer: the words as typed, Telex keys and all (exclusions, corrections, spelling). */
    public static final String FOLDED_LITERAL = "article_folded";
    private static final Set<InputMethod> INPUT_METHODS = EnumSet.allOf(InputMethod.class);
    /** Shorter syllables are one edit away from too many others ("ban": bán, bạn, bàn, bao, bang, ...). */
    static final int CORRECTABLE_LENGTH = 4;

    private final QueryConfig config;
    private final UnaryOperator<String> restoreMarks;

    @Inject
    TextQueries(QueryConfig config, MarkRestoration marks) {
        this(config, marks::restore);
    }

    /** @param restoreMarks text typed without marks to the marks the articles most likely use */
    TextQueries(QueryConfig config, UnaryOperator<String> restoreMarks) {
        this.config = config;
        this.restoreMarks = restoreMarks;
    }

    /** Matches every article when nothing was typed, so an empty {@code q} browses the whole collection. */
    public Query matching(ParsedQuery query, MatchStrategy match) {
        return matching(query, match, List.of());
    }

    /**
     * The spelling that {@link #sameSpelling} scores the query's words by: as typed when they carry marks, else as the
     * articles most likely spell them. It depends on what has been learned, so a search that spans several requests
     * (pages) computes it once and passes it on to {@link #ranking}.
     */
    public String spelling(ParsedQuery query) {
        String positives = text(query.positives());
        return VietnameseText.hasMarks(positives) ? positives : restoreMarks.apply(positives);
    }

    /**
     * The first pass: which articles match, scored by their words.
     *
     * @param correctable the plain words that may also match words one edit away (typos): those the user typed as
     *                    words, never the words of a phrase that {@link ParsedQuery#loosened()} made plain
     */
    public Query matching(ParsedQuery query, MatchStrategy match, Collection<ParsedQuery.Word> correctable) {
        if (query.isEmpty()) {
            return Query.of(q -> q.matchAll(all -> all));
        }
        String words = text(query.words());
        return Query.of(q -> q.bool(bool -> {
            query.strictGroups().forEach(group -> bool.must(required(group)));
            if (!words.isEmpty()) {
                String minimum = match == MatchStrategy.ANY ? "1" : config.mostWords();
                if (match == MatchStrategy.ALL) {
                    query.words().forEach(word -> bool.must(correctable.contains(word)
                            ? orCorrected(phrase(word.text(), FOLDED, ZeroTermsQuery.All), word.text())
                            : phrase(word.text(), FOLDED, ZeroTermsQuery.All)));
                } else {
                    bool.must(correctable.isEmpty() ? someWords(words, minimum)
                            : someWordsOrCorrected(query.words(), correctable, minimum));
                }
            }
            query.excluded().forEach(operand -> bool.mustNot(excluded(operand)));
            return bool;
        }));
    }

    /**
     * The signals that reorder the best first-pass matches of a query with {@linkplain ParsedQuery#hasRequiredTerms()
     * required terms}, added to their first-pass score.
     *
     * @param spelling the query's {@link #spelling}
     */
    public Query ranking(ParsedQuery query, MatchStrategy match, String spelling) {
        String positives = text(query.positives());
        String words = text(query.words());
        return Query.of(q -> q.bool(bool -> {
            if (match != MatchStrategy.ALL && !words.isEmpty()) {
                bool.should(allWords(words));
            }
            return bool.should(adjacentSyllables(positives)).should(nearEachOther(positives))
                    .should(sameSpelling(positives, spelling));
        }));
    }

    /**
     * What the highlighter marks: the words and phrases that may match, on the folded fields only, whose matches
     * it reads onto the original text, so that {@code bo truong} marks "Bộ trưởng". A folded match covers every
     * exact one, and one query for all the words costs a third of one per word and field.
     */
    public static Query highlighting(ParsedQuery query) {
        String words = query.positives().stream().filter(ParsedQuery.Word.class::isInstance).map(Operand::text)
                .collect(Collectors.joining(" "));
        return Query.of(q -> q.bool(bool -> {
            if (!words.isEmpty()) {
                bool.should(should -> should.multiMatch(match -> match.query(words).fields(FOLDED)));
            }
            query.positives().stream().filter(ParsedQuery.Phrase.class::isInstance)
                    .forEach(phrase -> bool.should(phrase(phrase.text(), FOLDED, ZeroTermsQuery.None)));
            return bool;
        }));
    }

    /** The recall clause; words of only stopwords ("và") match every article, as an empty query does. */
    private static Query someWords(String words, String minimumShouldMatch) {
        return Query.of(q -> q.combinedFields(match -> match.query(words).fields(FOLDED)
                .operator(CombinedFieldsOperator.Or).minimumShouldMatch(minimumShouldMatch)
                .zeroTermsQuery(CombinedFieldsZeroTerms.All)));
    }

    /** {@link #someWords} word by word, so that a word matched only through a correction still counts. */
    private Query someWordsOrCorrected(List<ParsedQuery.Word> words, Collection<ParsedQuery.Word> correctable,
            String minimumShouldMatch) {
        List<Query> each = words.stream()
                .map(word -> correctable.contains(word) ? orCorrected(someWords(word.text(), "1"), word.text())
                        : someWords(word.text(), "1"))
                .toList();
        return Query.of(q -> q.bool(bool -> bool.should(each).minimumShouldMatch(minimumShouldMatch)));
    }

    /** The word as typed or, for a long enough word, a folded word one edit away, never on its first letter. */
    private Query orCorrected(Query exact, String word) {
        String folded = VietnameseText.fold(word).toLowerCase(Locale.ROOT);
        if (folded.codePointCount(0, folded.length()) < CORRECTABLE_LENGTH || !folded.chars().allMatch(Character::isLetter)) {
            return exact;
        }
        Query corrected = Query.of(q -> q.multiMatch(match -> match.query(folded).fields(FOLDED).fuzziness("1")
                .prefixLength(1).analyzer(FOLDED_LITERAL).boost(config.correctionBoost())));
        // only where the word as typed is missing: a correction must not add to an exact match's score
        Query correctedOnly = Query.of(q -> q.bool(bool -> bool.must(corrected).mustNot(exact)));
        return Query.of(q -> q.bool(bool -> bool.should(exact, correctedOnly).minimumShouldMatch("1")));
    }

    private Query allWords(String words) {
        return Query.of(q -> q.constantScore(constant -> constant.boost(config.allWordsBonus())
                .filter(filter -> filter.combinedFields(match -> match.query(words).fields(FOLDED)
                        .operator(CombinedFieldsOperator.And)))));
    }

    /**
     * The words close together in the typed order: a few other words may stand between them. Headlines and the
     * phrases people remember keep the article's words near each other.
     */
    private Query nearEachOther(String positives) {
        return Query.of(q -> q.multiMatch(match -> match.query(positives).fields(FOLDED).type(TextQueryType.Phrase)
                .slop(config.proximitySlop()).boost(config.proximityBoost())));
    }

    /**
     * The words spelt as meant. A user who typed marks meant them, so that spelling weighs {@code marksBoost}. A query
     * typed without any mark is given the marks the articles most likely use ({@code bo truong → bộ trưởng}), or each
     * likely spelling of a word that has no clear likeliest, which weigh {@code restoredMarksBoost}: without them an
     * unmarked word would weigh no more than one syllable among the many spellings it folds from. Words the articles
     * write bare anyway (numbers, foreign names) stay as typed, and with nothing learned yet the typed spelling counts
     * only a little ({@code bareWordsBoost}).
     */
    private Query sameSpelling(String positives, String spelling) {
        if (VietnameseText.hasMarks(positives)) {
            return spelt(positives, config.marksBoost());
        }
        return VietnameseText.hasMarks(spelling) ? spelt(spelling, config.restoredMarksBoost())
                : spelt(positives, config.bareWordsBoost());
    }

    private static Query spelt(String text, float boost) {
        return Query.of(q -> q.combinedFields(match -> match.query(text).fields(EXACT)
                .operator(CombinedFieldsOperator.Or).boost(boost)));
    }

    /**
     * Bigrams are shingles, which cannot carry two tokens at one position, so here the service decodes input-method
     * leftovers itself and pairs the syllables meant.
     */
    private Query adjacentSyllables(String positives) {
        String decoded = Arrays.stream(positives.split(" "))
                .map(word -> Objects.requireNonNullElse(InputMethod.decode(word, INPUT_METHODS), word))
                .collect(Collectors.joining(" "));
        return Query.of(q -> q.combinedFields(match -> match.query(decoded).fields(BIGRAM)
                .operator(CombinedFieldsOperator.Or).boost(config.adjacencyBoost())));
    }

    /** A group matches when any alternative does; an operand of only stopwords ("và") matches everything. */
    private static Query required(Group group) {
        List<Query> alternatives = group.alternatives().stream()
                .map(operand -> phrase(operand.text(), FOLDED, ZeroTermsQuery.All))
                .toList();
        return alternatives.size() == 1
                ? alternatives.getFirst()
                : Query.of(q -> q.bool(bool -> bool.should(alternatives).minimumShouldMatch("1")));
    }

    private static Query excluded(Operand operand) {
        boolean marked = VietnameseText.hasMarks(operand.text());
        return Query.of(q -> q.multiMatch(match -> match.query(operand.text()).fields(marked ? EXACT : FOLDED)
                .type(TextQueryType.Phrase).analyzer(marked ? EXACT_LITERAL : FOLDED_LITERAL)
                .zeroTermsQuery(ZeroTermsQuery.None)));
    }

    private static Query phrase(String text, List<String> fields, ZeroTermsQuery zeroTerms) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(fields).type(TextQueryType.Phrase)
                .zeroTermsQuery(zeroTerms)));
    }

    private static String text(List<? extends Operand> operands) {
        return operands.stream().map(Operand::text).collect(Collectors.joining(" "));
    }

    private static List<String> suffixed(String subField) {
        return EXACT.stream().map(field -> field.replaceFirst("(\\^|$)", subField + "$1")).toList();
    }
}
