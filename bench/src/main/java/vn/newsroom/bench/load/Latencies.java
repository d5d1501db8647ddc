package vn.newsroom.bench.load;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one side of a comparison, in nanoseconds, with nearest-rank percentiles. */
record Latencies(long[] sortedNanos, double seconds) {

    static Latencies of(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, seconds);
    }

    int count() {
        return sortedNanos.length;
    }

    /** Nearest rank: the smallest value that at least {@code percent}% of the samples do not exceed. */
    double percentileMs(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    double perSecond() {
        return sortedNanos.length / seconds;
    }

    /** {@code service / direct}, as the result of the benchmark: absolute times on a shared machine mean little. */
    static String ratio(double service, double direct) {
        return direct > 0 && Double.isFinite(service) ? String.format(Locale.ROOT, "%.2f×", service / direct) : "n/a";
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
