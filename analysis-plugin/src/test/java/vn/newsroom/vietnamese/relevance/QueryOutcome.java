package vn.newsroom.vietnamese.relevance;

import java.util.List;

/** The ids a configuration returned for a query, best first, at most {@link RelevanceEvaluator#DEPTH}. */
record QueryOutcome(FixtureQuery query, List<String> ranked) {

    /** 1-based rank of the first relevant hit, or 0 if none was returned. */
    int firstRelevantRank() {
        for (int i = 0; i < ranked.size(); i++) {
            if (query.relevant().contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    double reciprocalRank() {
        int rank = firstRelevantRank();
        return rank == 0 ? 0 : 1.0 / rank;
    }

    long relevantFound() {
        return ranked.stream().filter(query.relevant()::contains).count();
    }

    double recall() {
        return (double) relevantFound() / query.relevant().size();
    }
}
