import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The traffic and the faults of scripts/chaos ({@code java scripts/Chaos.java SERVICE_URL CLUSTER_URL PAUSE_SECONDS}):
 * two clients search and one writes articles (each acknowledged id remembered) while node 2 of scripts/cluster is
 * killed (SIGKILL) and restarted, then, once the cluster is green again, node 3 paused (SIGSTOP) for PAUSE_SECONDS
 * and resumed. It then waits for the cluster to be green, reads back every acknowledged article, and prints the
 * counts. JDK only.
 */
public class Chaos {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    private record Failure(long atNanos, String what) {
    }

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String cluster = args[1];
        int pauseSeconds = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        AtomicLong slowestRead = new AtomicLong();
        Queue<Failure> failedReads = new ConcurrentLinkedQueue<>();
        Queue<Failure> refusedWrites = new ConcurrentLinkedQueue<>();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicLong writes = new AtomicLong();

        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 2; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        long sent = System.nanoTime();
                        String outcome = outcome(get(service + "/api/v1/search?q=bo%20truong%20ngoai%20giao&facets=topic"));
                        slowestRead.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
                        reads.incrementAndGet();
                        if (outcome != null) {
                            failedReads.add(new Failure(System.nanoTime(), outcome));
                        }
                    }
                    return null;
                });
            }
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    String id = "chaos-" + n;
                    String outcome = outcome(put(service + "/api/v1/documents/" + id, """
                            {"title": "Bài thử %d", "body": "Bài viết số %d gửi trong lúc cụm Elasticsearch gặp sự cố.", "source": "chaos"}"""
                            .formatted(n, n)));
                    writes.incrementAndGet();
                    if (outcome == null) {
                        acknowledged.add(id);
                    } else {
                        refusedWrites.add(new Failure(System.nanoTime(), outcome));
                    }
                    Thread.sleep(100);
                }
                return null;
            });

            phase(start, "traffic for 10 s before any fault");
            Thread.sleep(10_000);
            phase(start, "node 2: kill -9");
            run("kill", "-KILL", pid(2));
            Thread.sleep(10_000);
            phase(start, "node 2 restarting");
            long killOver = System.nanoTime();
            run("scripts/cluster", "start-node", "2");
            get(cluster + "/_cluster/health?wait_for_status=green&timeout=300s");
            long greenAfterKill = System.nanoTime();
            // one fault at a time: with one replica, two nodes away at once leave some shards with no copy to read
            phase(start, "cluster green; node 3: kill -STOP for " + pauseSeconds + " s");
            run("kill", "-STOP", pid(3));
            Thread.sleep(pauseSeconds * 1000L);
            run("kill", "-CONT", pid(3));
            long faultsOver = System.nanoTime();
            phase(start, "node 3 resumed; waiting for green");
            get(cluster + "/_cluster/health?wait_for_status=green&timeout=300s");
            long green = System.nanoTime();
            phase(start, "cluster green; traffic for 10 s more");
            Thread.sleep(10_000);
            running.set(false);

            long lastFailure = failedReads.stream().mapToLong(Failure::atNanos).max().orElse(0);
            lastFailure = Math.max(lastFailure, refusedWrites.stream().mapToLong(Failure::atNanos).max().orElse(0));
            clients.shutdown();
            clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);

            List<String> lost = acknowledged.stream()
                    .filter(id -> !"200".equals(statusOf(get(service + "/api/v1/documents/" + id))))
                    .toList();
            System.out.printf("""

                    Chaos run (node 2 killed and restarted; once green, node 3 paused %d s):
                      reads:  %d, failed %d, slowest %d ms
                      writes: %d, acknowledged %d, refused %d
                      acknowledged writes lost: %d %s
                      cluster green %.1f s after node 2's restart began, %.1f s after node 3 resumed
                      last failed read or refused write: %s
                    """, pauseSeconds, reads.get(), failedReads.size(), slowestRead.get(), writes.get(),
                    acknowledged.size(), refusedWrites.size(), lost.size(), lost.isEmpty() ? "" : lost,
                    (greenAfterKill - killOver) / 1e9, (green - faultsOver) / 1e9,
                    lastFailure == 0 ? "none" : String.format("%.1f s after the last fault ended (negative: before)",
                            (lastFailure - faultsOver) / 1e9));
            failedReads.stream().limit(10).forEach(f -> System.out.printf("  failed read at %.1f s: %s%n",
                    (f.atNanos() - start) / 1e9, f.what()));
            refusedWrites.stream().limit(10).forEach(f -> System.out.printf("  refused write at %.1f s: %s%n",
                    (f.atNanos() - start) / 1e9, f.what()));
            System.exit(lost.isEmpty() ? 0 : 1);
        }
    }

    private static void phase(long start, String what) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, what);
    }

    private static String pid(int node) throws Exception {
        Process process = new ProcessBuilder("scripts/elasticsearch", "pid", "--name", "chaos-" + node).start();
        String pid = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor();
        return pid;
    }

    private static void run(String... command) throws Exception {
        int exit = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }

    /** The response, or the exception's text when none came. */
    private static Object get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT).GET().build());
    }

    private static Object put(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Object send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static String statusOf(Object response) {
        return response instanceof HttpResponse<?> http ? Integer.toString(http.statusCode()) : response.toString();
    }

    /** Null for success (2xx), else what happened. */
    private static String outcome(Object response) {
        if (response instanceof HttpResponse<?> http && http.statusCode() / 100 == 2) {
            return null;
        }
        return response instanceof HttpResponse<?> http ? http.statusCode() + " " + http.body() : response.toString();
    }
}
