package vn.newsroom.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.util.List;
import java.util.stream.Collectors;
import vn.newsroom.query.ParsedQuery.Group;
import vn.newsroom.query.ParsedQuery.Operand;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * The Elasticsearch query for a {@link ParsedQuery}. Matching is accent-insensitive (the {@code .folded}
 * sub-fields); ranking adds exact marks (the main fields, x3) and adjacent syllables (the {@code .bigram}
 * sub-fields, x2) on top of the folded match (x1). Every operand is matched as a phrase, so a word the analyzer
 * splits ({@code Timor-Leste}) needs its parts next to each other.
 *
 * <p>An excluded operand typed without marks excludes every marked spelling ({@code -lao} drops "Lào" and
 * "lao động"); typed with marks it excludes only that spelling, in any case and tone placement ({@code -Lào}
 * keeps "lao động"). Exclusion is textual: {@code -Myanmar} does not drop an article that only says "Mi-an-ma".
 */
public final class TextQueries {

    private static final float EXACT_BOOST = 3f;
    private static final float BIGRAM_BOOST = 2f;

    /** The title weighs most, then the lead, then the body. */
    private static final List<String> EXACT = List.of("title^3", "lead^2", "body");
    private static final List<String> FOLDED = suffixed(".folded");
    private static final List<String> BIGRAM = suffixed(".bigram");

    private TextQueries() {
    }

    /** Matches every article when nothing was typed, so an empty {@code q} browses the whole collection. */
    public static Query matching(ParsedQuery query) {
        if (query.isEmpty()) {
            return Query.of(q -> q.matchAll(all -> all));
        }
        List<Operand> positives = query.positives();
        return Query.of(q -> q.bool(bool -> {
            query.required().forEach(group -> bool.must(required(group)));
            positives.forEach(operand -> bool.should(phrase(operand.text(), EXACT, EXACT_BOOST, ZeroTermsQuery.None)));
            if (!positives.isEmpty()) {
                String all = positives.stream().map(Operand::text).collect(Collectors.joining(" "));
                bool.should(Query.of(bigram -> bigram.multiMatch(match -> match.query(all).fields(BIGRAM)
                        .type(TextQueryType.MostFields).boost(BIGRAM_BOOST))));
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
                    .should(phrase(operand.text(), FOLDED, 1f, ZeroTermsQuery.None))
                    .should(phrase(operand.text(), EXACT, 1f, ZeroTermsQuery.None)));
            return bool;
        }));
    }

    /** A group matches when any alternative does; an operand of only stopwords ("và") matches everything. */
    private static Query required(Group group) {
        List<Query> alternatives = group.alternatives().stream()
                .map(operand -> phrase(operand.text(), FOLDED, 1f, ZeroTermsQuery.All))
                .toList();
        return alternatives.size() == 1
                ? alternatives.getFirst()
                : Query.of(q -> q.bool(bool -> bool.should(alternatives).minimumShouldMatch("1")));
    }

    private static Query excluded(Operand operand) {
        boolean marked = !VietnameseText.fold(operand.text()).equals(operand.text());
        return phrase(operand.text(), marked ? EXACT : FOLDED, 1f, ZeroTermsQuery.None);
    }

    private static Query phrase(String text, List<String> fields, float boost, ZeroTermsQuery zeroTerms) {
        return Query.of(q -> q.multiMatch(match -> match.query(text).fields(fields).type(TextQueryType.Phrase)
                .zeroTermsQuery(zeroTerms).boost(boost)));
    }

    private static List<String> suffixed(String subField) {
        return EXACT.stream().map(field -> field.replaceFirst("(\\^|$)", subField + "$1")).toList();
    }
}
