package vn.newsroom.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Drives {@link SearchTarget}s: one at a time interleaved with its counterpart, or a closed loop of N clients. */
final class LoadRunner {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Latencies and took values of one measured stretch. */
    record Sample(Latencies latencies, long[] tookMs) {
    }

    /**
     * Sequential, the two sides alternating request by request (and which goes first alternating too), so both see
     * the same moments of a noisy machine.
     */
    Sample[] interleaved(SearchTarget service, SearchTarget direct, int each) throws IOException {
        long[][] nanos = {new long[each], new long[each]};
        long[][] took = {new long[each], new long[each]};
        SearchTarget[] sides = {service, direct};
        for (int i = 0; i < each; i++) {
            for (int k = 0; k < 2; k++) {
                int side = (i + k) % 2;
                long started = System.nanoTime();
                took[side][i] = sides[side].call(client);
                nanos[side][i] = System.nanoTime() - started;
            }
        }
        // each side's rate over its own time: the other side's requests are not its work
        return new Sample[] {
            new Sample(Latencies.of(nanos[0], sum(nanos[0]) / 1e9), took[0]),
            new Sample(Latencies.of(nanos[1], sum(nanos[1]) / 1e9), took[1])};
    }

    /** {@code clients} threads, each sending its next request as soon as the last one is answered, for a fixed time. */
    Sample closedLoop(SearchTarget target, int clients, Duration duration) throws IOException {
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[][]>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    List<long[]> done = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        long took = target.call(client);
                        done.add(new long[] {System.nanoTime() - sent, took});
                    }
                    return done.toArray(long[][]::new);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[][]> future : running) {
                all.addAll(List.of(future.get()));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Sample(Latencies.of(all.stream().mapToLong(pair -> pair[0]).toArray(), seconds),
                    all.stream().mapToLong(pair -> pair[1]).toArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
