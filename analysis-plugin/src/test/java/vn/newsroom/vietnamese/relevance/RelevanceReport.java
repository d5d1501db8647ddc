package vn.newsroom.vietnamese.relevance;

import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Scores of several configurations on one fixture, overall and per query category, as text tables. */
record RelevanceReport(RelevanceFixture fixture, Map<String, List<QueryOutcome>> outcomes) {

    static final String ALL = "all";

    static RelevanceReport run(RelevanceFixture fixture, List<SearchConfiguration> configurations) throws IOException {
        Map<String, List<QueryOutcome>> outcomes = new LinkedHashMap<>();
        for (SearchConfiguration configuration : configurations) {
            outcomes.put(configuration.name(), RelevanceEvaluator.evaluate(configuration, fixture));
        }
        return new RelevanceReport(fixture, outcomes);
    }

    /** Scores of a configuration on the queries of one category, or on all of them for {@link #ALL}. */
    Scores scores(String configuration, String category) {
        return Scores.of(outcomes.get(configuration).stream()
                .filter(outcome -> category.equals(ALL) || outcome.query().category().equals(category))
                .toList());
    }

    /** MRR@10 and recall@10 per category (in the order the queries file introduces them) and overall. */
    String table() {
        var text = new StringBuilder(String.format(Locale.ROOT, "%d documents, %d queries, top %d%n",
                fixture.documents().size(), fixture.queries().size(), RelevanceEvaluator.DEPTH));
        text.append(String.format(Locale.ROOT, "%-15s %7s", "", ""));
        configurations().forEach(name -> text.append(String.format(Locale.ROOT, " | %-17s", name)));
        text.append(String.format(Locale.ROOT, "%n%-15s %7s", "category", "queries"));
        configurations().forEach(name -> text.append(" | MRR@10  recall@10"));
        text.append('\n');
        Stream<String> categories = fixture.queries().stream().map(FixtureQuery::category).distinct();
        for (String category : Stream.concat(categories, Stream.of(ALL)).toList()) {
            text.append(String.format(Locale.ROOT, "%-15s %7d", category, scores(configurations().getFirst(), category).queries()));
            for (String name : configurations()) {
                Scores scores = scores(name, category);
                text.append(String.format(Locale.ROOT, " | %6.3f  %9.3f", scores.mrr(), scores.recall()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Queries the configurations rank differently: rank of the first relevant hit (0: none) and relevant hits found. */
    String differences() {
        var text = new StringBuilder("queries ranked differently (first relevant rank, 0 = none; relevant found/judged)\n");
        for (int row = 0; row < fixture.queries().size(); row++) {
            FixtureQuery query = fixture.queries().get(row);
            var cells = new StringBuilder();
            for (String name : configurations()) {
                QueryOutcome outcome = outcomes.get(name).get(row);
                cells.append(String.format(Locale.ROOT, " | %s %2d; %d/%d", name,
                        outcome.firstRelevantRank(), outcome.relevantFound(), query.relevant().size()));
            }
            if (differ(row)) {
                // Shown composed: combining marks of an NFD query would break the column alignment.
                String shown = Normalizer.normalize(query.text(), Normalizer.Form.NFC);
                text.append(String.format(Locale.ROOT, "%-4s %-15s %-36s%s%n", query.id(), query.category(),
                        '"' + shown + '"', cells));
            }
        }
        return text.toString();
    }

    private boolean differ(int row) {
        return outcomes.values().stream()
                .map(column -> column.get(row))
                .map(outcome -> List.of(outcome.firstRelevantRank(), outcome.relevantFound()))
                .distinct()
                .count() > 1;
    }

    private List<String> configurations() {
        return List.copyOf(outcomes.keySet());
    }
}
