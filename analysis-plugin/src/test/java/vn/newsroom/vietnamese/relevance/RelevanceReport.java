package vn.newsroom.vietnamese.relevance;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Categories in the order the queries file introduces them. */
    List<String> categories() {
        return fixture.queries().stream().map(FixtureQuery::category).distinct().toList();
    }

    String table() {
        var text = new StringBuilder(String.format(Locale.ROOT, "%d documents, %d queries, cut-off %d%n",
                fixture.documents().size(), fixture.queries().size(), RelevanceEvaluator.DEPTH));
        text.append(String.format(Locale.ROOT, "%-15s %7s", "category", "queries"));
        outcomes.keySet().forEach(name -> text.append(String.format(Locale.ROOT, " | %-8s %6s %9s", name, "MRR@10", "recall@10")));
        text.append('\n');
        for (String category : concat(categories(), ALL)) {
            text.append(String.format(Locale.ROOT, "%-15s %7d", category, scores(firstConfiguration(), category).queries()));
            for (String name : outcomes.keySet()) {
                Scores scores = scores(name, category);
                text.append(String.format(Locale.ROOT, " | %-8s %6.3f %9.3f", "", scores.mrr(), scores.recall()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Queries on which the configurations rank differently: first relevant rank (0 = none) and hits found. */
    String differences() {
        var text = new StringBuilder("queries where the configurations differ (first relevant rank; relevant found/judged)\n");
        List<List<QueryOutcome>> columns = List.copyOf(outcomes.values());
        for (int i = 0; i < fixture.queries().size(); i++) {
            int row = i;
            List<String> cells = columns.stream()
                    .map(column -> column.get(row))
                    .map(outcome -> String.format(Locale.ROOT, "%2d; %d/%d",
                            outcome.firstRelevantRank(), outcome.relevantFound(), outcome.query().relevant().size()))
                    .toList();
            if (cells.stream().distinct().count() > 1) {
                FixtureQuery query = fixture.queries().get(i);
                text.append(String.format(Locale.ROOT, "%-4s %-15s %-40s", query.id(), query.category(), '"' + query.text() + '"'));
                for (int c = 0; c < cells.size(); c++) {
                    text.append(String.format(Locale.ROOT, " | %s %s", List.copyOf(outcomes.keySet()).get(c), cells.get(c)));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private String firstConfiguration() {
        return outcomes.keySet().iterator().next();
    }

    private static List<String> concat(List<String> list, String last) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
