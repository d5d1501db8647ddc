package vn.newsroom.query;

import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsZeroTerms;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import vn.newsroom.query.ParsedQuery.Group;
import vn.newsroom.query.ParsedQuery.Operand;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * The Elasticsearch query for a {@link ParsedQuery}. Matching is accent-insensitive: the typed words are scored with
 * BM25 over title, lead and body taken as one field ({@code combined_fields} on the {@code .folded} sub-fields, the
 * title weighing most), and the {@link MatchStrategy} says how many of them an article needs. Signals rank on top,
 * each one named clause of the same {@code bool}, weighted by {@link QueryConfig}:
 * <ul>
 *   <li>{@link #allWords}: articles with every word before those that miss one;</li>
 *   <li>{@link #adjacentSyllables}: syllables next to each other in the typed order (the {@code .bigram} sub-fields),
 *       which is how Vietnamese words of several syllables are told apart from scattered ones;</li>
 *   <li>{@link #nearEachOther}: the words close together, in order;</li>
 *   <li>{@link #sameSpelling}: the words spelt as typed, marks included (the main fields).</li>
 * </ul>
 * The weights were chosen on the development corpus with scripts/relevance (see the README).
 * Quoted phrases and {@code OR} groups must match whatever the strategy, as phrases.
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

    private final QueryConfig config;

    TextQueries(QueryConfig config) {
        this.config = config;
    }

    /** Matches every article when nothing was typed, so an empty {@code q} browses the whole collection. */
    public Query matching(ParsedQuery query, MatchStrategy match) {
        if (query.isEmpty()) {
            return Query.of(q -> q.matchAll(all -> all));
        }
        String words = text(query.words());
        String positives = text(query.positives());
        return Query.of(q -> q.bool(bool -> {
            query.strictGroups().forEach(group -> bool.must(required(group)));
            if (!words.isEmpty()) {
                if (match == MatchStrategy.ALL) {
                    query.words().forEach(word -> bool.must(phrase(word.text(), FOLDED, ZeroTermsQuery.All)));
                } else {
                    bool.must(someWords(words, match == MatchStrategy.ANY ? "1" : config.mostWords()))
                            .should(allWords(words));
                }
            }
            if (!positives.isEmpty()) {
                bool.should(adjacentSyllables(positives)).should(nearEachOther(positives))
                        .should(sameSpelling(positives));
            }
            query.excluded().forEach(operand -> bool.mustNot(excluded(operand)));
            return bool;
        }));
    }

    /**
     * What the highlighter marks: the operands that may match, on folded and exact fields, so that
     * {@code bo truong} marks "Bộ trưởng" in the original text.
     */
    public static Query highlighting(ParsedQuery query) {
        return Query.of(q -> q.bool(bool -> {
            query.positives().forEach(operand -> bool
                    .should(phrase(operand.text(), FOLDED, ZeroTermsQuery.None))
                    .should(phrase(operand.text(), EXACT, ZeroTermsQuery.None)));
            return bool;
        }));
    }

    /** The recall clause; words of only stopwords ("và") match every article, as an empty query does. */
    private static Query someWords(String words, String minimumShouldMatch) {
        return Query.of(q -> q.combinedFields(match -> match.query(words).fields(FOLDED)
                .operator(CombinedFieldsOperator.Or).minimumShouldMatch(minimumShouldMatch)
                .zeroTermsQuery(CombinedFieldsZeroTerms.All)));
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
     * The words spelt as typed. A user who typed marks meant them, so that spelling weighs {@code marksBoost}. A query
     * typed without any mark says nothing about marks: spelling counts only a little ({@code bareWordsBoost}), for the
     * words that are written bare anyway (numbers, foreign names), which would otherwise weigh no more than one
     * syllable among the many spellings it folds from.
     */
    private Query sameSpelling(String positives) {
        float boost = hasMarks(positives) ? config.marksBoost() : config.bareWordsBoost();
        return Query.of(q -> q.combinedFields(match -> match.query(positives).fields(EXACT)
                .operator(CombinedFieldsOperator.Or).boost(boost)));
    }

    private static boolean hasMarks(String text) {
        return !VietnameseText.fold(text).equals(text);
    }

    private Query adjacentSyllables(String positives) {
        return Query.of(q -> q.combinedFields(match -> match.query(positives).fields(BIGRAM)
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
        return phrase(operand.text(), hasMarks(operand.text()) ? EXACT : FOLDED, ZeroTermsQuery.None);
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
