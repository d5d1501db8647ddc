package vn.newsroom.vietnamese.relevance;

import java.util.List;

/** MRR@10 and recall@10 averaged over a set of queries (each query counts once). */
record Scores(int queries, double mrr, double recall) {

    static Scores of(List<QueryOutcome> outcomes) {
        return new Scores(outcomes.size(),
                outcomes.stream().mapToDouble(QueryOutcome::reciprocalRank).average().orElse(0),
                outcomes.stream().mapToDouble(QueryOutcome::recall).average().orElse(0));
    }
}
