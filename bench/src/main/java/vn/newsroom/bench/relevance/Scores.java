package vn.newsroom.bench.relevance;

import java.util.ArrayList;
import java.util.List;

/**
 * Known-item metrics of one engine on one kind of query: MRR@10, recall@10, zero-result rate, Elasticsearch time.
 * Queries add to it from several threads; it is read once they have all finished.
 */
final class Scores {

    private int queries;
    private double reciprocalRanks;
    private int found;
    private int empty;
    private final List<Long> tookMs = new ArrayList<>();

    /** @param rank the 1-based rank of the wanted article among the first ten, or 0 when it is not there */
    synchronized void add(int rank, long total, long took) {
        queries++;
        if (rank > 0) {
            reciprocalRanks += 1.0 / rank;
            found++;
        }
        if (total == 0) {
            empty++;
        }
        tookMs.add(took);
    }

    int queries() {
        return queries;
    }

    double mrr() {
        return queries == 0 ? 0 : reciprocalRanks / queries;
    }

    double recall() {
        return queries == 0 ? 0 : (double) found / queries;
    }

    double zeroRate() {
        return queries == 0 ? 0 : (double) empty / queries;
    }

    /** The {@code p}-th percentile (0 to 100) of Elasticsearch's {@code took}, nearest rank. */
    long tookPercentile(int p) {
        if (tookMs.isEmpty()) {
            return 0;
        }
        List<Long> sorted = tookMs.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    String cell() {
        return "%.3f (%.2f, %.1f%%)".formatted(mrr(), recall(), 100 * zeroRate());
    }
}
