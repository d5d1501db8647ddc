package vn.newsroom.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import vn.newsroom.bench.Options;
import vn.newsroom.bench.relevance.Corpus;
import vn.newsroom.bench.relevance.CorpusArticle;
import vn.newsroom.bench.relevance.Http;

/**
 * The service against the Elasticsearch behind it, in one run, as ratios: search through the service vs the identical
 * request sent straight to Elasticsearch (c=1 interleaved, c=N closed loop), ingest through the service vs plain
 * {@code _bulk} of the same stored documents, Elasticsearch's {@code took}, and the service's memory at the end.
 *
 * <p>Arguments: {@code --service URL}, {@code --elasticsearch URL}, {@code --alias NAME} (the service's alias, whose
 * index it owns alone), {@code --slowlog FILE} (Elasticsearch's search slow log, JSON lines), {@code --corpus PATH}
 * (JSON lines or a VietNews folder; without it articles are made from {@code --seeds DIR}), {@code --articles N}
 * (20000), {@code --seed N} (1), {@code --query PARAMS} (repeatable, the service's search parameters),
 * {@code --sequential N} (300 per side and query), {@code --clients N} (8), {@code --seconds N} (15 per closed loop),
 * {@code --warm-up N} (at least 60 seconds of closed loop per side and query before measuring; on the service side,
 * with {@code --service-pid}, more rounds until its CPU per request stops falling, {@link WarmUp}, up to
 * {@code --max-warm-up N}, 600),
 * {@code --service-batch N} (5000 articles per upload), {@code --raw-batch N} (500 per {@code _bulk}),
 * {@code --ingest-rounds N} (4: the articles are ingested in N parts, each through the service and then with plain
 * {@code _bulk}; the first warms both and is left out of the ratio),
 * {@code --service-pid PID} (for its CPU and memory).
 */
public final class LoadBenchmark {

    private static final List<String> QUERIES = List.of("q=bo truong ngoai giao&facets=topic,country,year,month",
            "q=giá vàng tăng", "q=\"thủ tướng\" chính phủ&sort=newest&facets=topic,year");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Options options = new Options(args);
        URI service = URI.create(options.single("service", "http://127.0.0.1:8170"));
        URI elasticsearch = URI.create(options.single("elasticsearch", "http://127.0.0.1:9220"));
        String alias = options.single("alias", "bench");
        SlowLog slowLog = new SlowLog(Path.of(options.required("slowlog")));
        int count = Integer.parseInt(options.single("articles", "20000"));
        long seed = Long.parseLong(options.single("seed", "1"));
        List<String> queries = options.all("query").isEmpty() ? QUERIES : options.all("query");
        int sequential = Integer.parseInt(options.single("sequential", "300"));
        int clients = Integer.parseInt(options.single("clients", "8"));
        Duration loop = Duration.ofSeconds(Long.parseLong(options.single("seconds", "15")));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.single("warm-up", "60")));
        Duration maxWarmUp = Duration.ofSeconds(Long.parseLong(options.single("max-warm-up", "600")));
        int serviceBatch = Integer.parseInt(options.single("service-batch", "5000"));
        int ingestRounds = Math.max(1, Integer.parseInt(options.single("ingest-rounds", "4")));
        int rawBatch = Integer.parseInt(options.single("raw-batch", "500"));
        String pid = options.single("service-pid", null);
        PrintStream out = System.out;

        String corpus = options.single("corpus", null);
        List<CorpusArticle> articles = corpus != null ? Corpus.sample(Path.of(corpus), count, seed)
                : SeedArticles.generate(Path.of(options.single("seeds", "seeds")), count, seed);
        out.printf("%d articles from %s, seed %d%n", count, corpus != null ? corpus : "the seeds (generated)", seed);

        Ingest ingest = new Ingest(service, elasticsearch);
        String copy = alias + "-raw";
        Http http = new Http();
        // round 1 warms both sides (the service's JIT compiles the enrichment for minutes); the others are compared
        List<IngestRound> rounds = new ArrayList<>();
        long stored = 0;
        try {
            int size = (articles.size() + ingestRounds - 1) / ingestRounds;
            Set<String> copied = new HashSet<>();
            for (int from = 0, round = 1; from < articles.size(); from += size, round++) {
                List<CorpusArticle> part = articles.subList(from, Math.min(from + size, articles.size()));
                log("ingest round " + round + ": " + part.size() + " articles through the service");
                Ingest.Upload upload = ingest.throughService(part, serviceBatch);
                if (round == 1) {
                    ingest.createCopy(alias, copy);
                }
                List<String> bodies = ingest.storedAsBulk(alias, upload.ids(), rawBatch);
                log("ingest round " + round + ": plain _bulk of the same documents");
                double rawSeconds = ingest.rawBulk(copy, bodies);
                copied.addAll(upload.ids());
                rounds.add(new IngestRound(upload.ids().size(), upload.seconds(), rawSeconds));
            }
            stored = ingest.count(alias);
            if (ingest.count(copy) != copied.size()) {
                throw new IllegalStateException(copy + " holds " + ingest.count(copy) + " documents, not "
                        + copied.size());
            }
        } finally {
            http.send("DELETE", elasticsearch.resolve("/" + copy + "?ignore_unavailable=true"), "application/json", "");
        }

        LoadRunner runner = new LoadRunner();
        List<String> report = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            String parameters = queries.get(q);
            URI search = service.resolve("/api/v1/search?" + encode(parameters));
            List<String> bodies = capture(http, elasticsearch, alias, slowLog, search, "bench-capture-" + seed + "-" + q
                    + "-" + System.currentTimeMillis());
            SearchTarget viaService = SearchTarget.service(search);
            SearchTarget direct = SearchTarget.direct(elasticsearch, alias, bodies);
            log("query " + (q + 1) + "/" + queries.size() + ": " + parameters + " (" + bodies.size()
                    + " Elasticsearch search(es) per request)");
            List<Double> warmUpRounds = List.of();
            if (pid == null) {
                runner.closedLoop(viaService, clients, warmUp);
            } else {
                warmUpRounds = WarmUp.untilSettled(
                        () -> cpuMsPerRequest(pid, () -> runner.closedLoop(viaService, clients, loop)), loop, warmUp,
                        maxWarmUp);
            }
            runner.closedLoop(direct, clients, warmUp);
            LoadRunner.Sample[] one = runner.interleaved(viaService, direct, sequential);
            // ABBA: a drift of the machine's load over the four runs weighs on both sides alike
            LoadRunner.Sample[] s = new LoadRunner.Sample[2];
            double cpu1 = cpuMsPerRequest(pid, () -> s[0] = runner.closedLoop(viaService, clients, loop));
            LoadRunner.Sample d1 = runner.closedLoop(direct, clients, loop);
            LoadRunner.Sample d2 = runner.closedLoop(direct, clients, loop);
            double cpu2 = cpuMsPerRequest(pid, () -> s[1] = runner.closedLoop(viaService, clients, loop));
            report.addAll(searchTable(parameters, bodies.size(), sequential, clients, one, s[0], s[1], d1, d2));
            if (pid != null) {
                // the service's own CPU while it answered searches; the direct runs leave it idle
                report.add(String.format(Locale.ROOT,
                        "| service CPU ms per request, all threads (c=%d runs 1, 2) | %.2f, %.2f | | |",
                        clients, cpu1, cpu2));
                report.add("| the same during the warm-up, per " + loop.toSeconds() + " s round | "
                        + warmUpRounds.stream().map(ms -> String.format(Locale.ROOT, "%.2f", ms))
                        .collect(Collectors.joining(", ")) + " | | |");
            }
        }

        out.println();
        out.println("## Ingest (" + stored + " documents, in " + rounds.size() + " rounds)");
        out.printf(Locale.ROOT, "| round | articles | service s (POST /api/v1/documents/bulk, %d per request) "
                + "| plain _bulk s (%d per request, one refresh) | service / plain |%n", serviceBatch, rawBatch);
        out.println("| --- | --- | --- | --- | --- |");
        for (int r = 0; r < rounds.size(); r++) {
            out.println(rounds.get(r).row(r + 1 + (r == 0 ? ", cold" : "")));
        }
        if (rounds.size() > 1) {
            List<IngestRound> warm = rounds.subList(1, rounds.size());
            out.println(new IngestRound(warm.stream().mapToInt(IngestRound::articles).sum(),
                    warm.stream().mapToDouble(IngestRound::serviceSeconds).sum(),
                    warm.stream().mapToDouble(IngestRound::rawSeconds).sum()).row("**rounds 2-" + rounds.size() + "**"));
        }
        report.forEach(out::println);
        if (pid != null) {
            out.println();
            out.println("## Service memory after the run (/proc/" + pid + "/status)");
            Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith("VmHWM") || line.startsWith("VmRSS"))
                    .forEach(line -> out.println("- " + line.replaceAll("\\s+", " ")));
        }
    }

    /** The same articles through the service and with plain {@code _bulk}. */
    private record IngestRound(int articles, double serviceSeconds, double rawSeconds) {

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f (%.0f/s) | %.1f (%.0f/s) | %s |", name, articles,
                    serviceSeconds, articles / serviceSeconds, rawSeconds, articles / rawSeconds,
                    Latencies.ratio(rawSeconds, serviceSeconds));
        }
    }

    /** What {@link #cpuMsPerRequest} measures. */
    private interface Run {
        LoadRunner.Sample run() throws IOException;
    }

    /** The service's CPU (all its threads: JIT and GC included) per request of the run, in ms; NaN without its pid. */
    private static double cpuMsPerRequest(String pid, Run run) throws IOException {
        long before = pid == null ? 0 : ProcessCpu.nanos(pid);
        LoadRunner.Sample sample = run.run();
        return pid == null ? Double.NaN : (ProcessCpu.nanos(pid) - before) / 1e6 / sample.latencies().sortedNanos().length;
    }

    /** Turns the slow log on for the alias's index, asks the service once and reads back what Elasticsearch got. */
    private static List<String> capture(Http http, URI elasticsearch, String alias, SlowLog slowLog, URI search,
            String requestId) throws IOException {
        URI settings = elasticsearch.resolve("/" + alias + "/_settings");
        http.send("PUT", settings, "application/json", "{\"index.search.slowlog.threshold.query.trace\":\"0ms\"}");
        try {
            SearchTarget.tagged(search, requestId).call(HttpClient.newHttpClient());
            for (int tries = 0; tries < 100; tries++) {
                List<String> bodies = slowLog.sources(requestId);
                if (!bodies.isEmpty()) {
                    Thread.sleep(500); // a second search of the same request may still be on its way to the file
                    return slowLog.sources(requestId);
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("the search slow log has no entry for " + requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            http.send("PUT", settings, "application/json", "{\"index.search.slowlog.threshold.query.trace\":null}");
        }
    }

    private static List<String> searchTable(String parameters, int searches, int sequential, int clients,
            LoadRunner.Sample[] one, LoadRunner.Sample s1, LoadRunner.Sample s2, LoadRunner.Sample d1,
            LoadRunner.Sample d2) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("## Search `" + parameters + "` (" + searches + " Elasticsearch search(es) per service request)");
        lines.add("| | service | direct | service / direct |");
        lines.add("| --- | --- | --- | --- |");
        Latencies sOne = one[0].latencies();
        Latencies dOne = one[1].latencies();
        lines.add(row("c=1 p50 ms (" + sequential + " each, interleaved)", sOne.percentileMs(50), dOne.percentileMs(50)));
        lines.add(row("c=1 p99 ms", sOne.percentileMs(99), dOne.percentileMs(99)));
        lines.add(row("c=1 req/s", sOne.perSecond(), dOne.perSecond()));
        lines.add(row("c=" + clients + " req/s, run 1 (order S D D S)", s1.latencies().perSecond(),
                d1.latencies().perSecond()));
        lines.add(row("c=" + clients + " req/s, run 2", s2.latencies().perSecond(), d2.latencies().perSecond()));
        Latencies sBoth = merged(s1, s2);
        Latencies dBoth = merged(d1, d2);
        lines.add(row("c=" + clients + " p50 ms (both runs)", sBoth.percentileMs(50), dBoth.percentileMs(50)));
        lines.add(row("c=" + clients + " p99 ms (both runs)", sBoth.percentileMs(99), dBoth.percentileMs(99)));
        Latencies sTook = took(one[0]);
        Latencies dTook = took(one[1]);
        lines.add(row("Elasticsearch took p50 ms (c=1)", sTook.percentileMs(50), dTook.percentileMs(50)));
        lines.add(row("Elasticsearch took p99 ms (c=1)", sTook.percentileMs(99), dTook.percentileMs(99)));
        return lines;
    }

    private static String row(String label, double service, double direct) {
        return "| " + label + " | " + Latencies.ms(service) + " | " + Latencies.ms(direct) + " | "
                + Latencies.ratio(service, direct) + " |";
    }

    private static Latencies merged(LoadRunner.Sample first, LoadRunner.Sample second) {
        long[] nanos = LongStream.concat(Arrays.stream(first.latencies().sortedNanos()),
                Arrays.stream(second.latencies().sortedNanos())).toArray();
        return Latencies.of(nanos, first.latencies().seconds() + second.latencies().seconds());
    }

    /** The took values (ms) as latencies, for their percentiles. */
    private static Latencies took(LoadRunner.Sample sample) {
        return Latencies.of(Arrays.stream(sample.tookMs()).map(ms -> ms * 1_000_000).toArray(), 1);
    }

    private static String encode(String parameters) {
        return Arrays.stream(parameters.split("&")).map(pair -> {
            int equals = pair.indexOf('=');
            return pair.substring(0, equals + 1) + URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8)
                    .replace("+", "%20").replace("%2C", ",");
        }).collect(Collectors.joining("&"));
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
