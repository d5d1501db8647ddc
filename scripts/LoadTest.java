import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator for scripts/load: {@code connections} clients each send one GET after another for
 * {@code seconds} after a warm-up, then it prints requests per second and latency percentiles. JDK only, so it
 * runs wherever the service builds ({@code java scripts/LoadTest.java URL CONNECTIONS SECONDS WARMUP}).
 */
public class LoadTest {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[3]));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();

        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        try (var clients = Executors.newFixedThreadPool(connections)) {
            List<java.util.concurrent.Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                results.add(clients.submit(() -> {
                    long[] own = new long[1 << 16];
                    int count = 0;
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - now;
                        if (now >= measureFrom) {
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                            if (count == own.length) {
                                own = Arrays.copyOf(own, own.length * 2);
                            }
                            own[count++] = took;
                        }
                    }
                    return Arrays.copyOf(own, count);
                }));
            }
            for (var result : results) {
                latencies.add(result.get());
            }
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measured.toNanos() / 1e9;
        System.out.printf("%s%n%d connections, %.0f s measured after %d s warm-up%n", uri, connections, seconds,
                warmup.toSeconds());
        System.out.printf("requests %d, non-200 %d, %.1f req/s%n", all.length, failures.get(), all.length / seconds);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", percentile(all, 50),
                percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
