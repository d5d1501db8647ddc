package vn.newsroom.bench.relevance;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.newsroom.bench.Options;

/**
 * Known-item relevance of the service against plain baselines, in one run on one cluster: the bodies of a corpus
 * sample go in (without headline or summary), each headline, and queries derived from it, must find its article.
 * Prints MRR@10, recall@10 and the zero-result rate per kind of query and engine, then Elasticsearch's {@code took}.
 * The baseline indices are dropped before it exits; the service's index is the caller's to drop (scripts/relevance runs
 * the service with an alias of its own and drops its index).
 *
 * <p>Arguments: {@code --corpus PATH} (JSON lines or a VietNews folder), {@code --service URL},
 * {@code --elasticsearch URL}, {@code --baseline-prefix NAME} (relevance-baseline-: the baselines' index names start
 * with it, so runs side by side on one cluster keep apart), {@code --articles N} (2000), {@code --queries N} (500), {@code --seed N} (1),
 * {@code --also PARAMS} (repeatable: the service again with extra search parameters, e.g. {@code match=all}),
 * {@code --compare URL} (repeatable: another running service, e.g. an older build, given the same articles),
 * {@code --management URL} (the service's management interface: the queries wait until it has learned the spelling of
 * the uploaded articles).
 */
public final class RelevanceBenchmark {

    private static final List<String> BASELINES = List.of("vietnamese", "standard");
    private static final int PARALLEL_QUERIES = 4;

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Options options = new Options(args);
        Path corpus = Path.of(options.required("corpus"));
        URI service = URI.create(options.single("service", "http://127.0.0.1:8180"));
        URI elasticsearch = URI.create(options.single("elasticsearch", "http://127.0.0.1:9230"));
        String management = options.single("management", null);
        String baselinePrefix = options.single("baseline-prefix", "relevance-baseline-");
        int articles = Integer.parseInt(options.single("articles", "2000"));
        int queries = Integer.parseInt(options.single("queries", "500"));
        long seed = Long.parseLong(options.single("seed", "1"));
        if (queries > articles) {
            throw new IllegalArgumentException("--queries may not exceed --articles");
        }

        PrintStream out = System.out;
        List<CorpusArticle> sample = Corpus.sample(corpus, articles, seed);
        out.printf("corpus %s: %d articles, %d headline queries, seed %d%n", corpus, articles, queries, seed);

        Http http = new Http();
        ServiceEngine primary = new ServiceEngine(http, service, "service", "");
        List<SearchEngine> engines = new ArrayList<>(List.of(primary));
        options.all("also")
                .forEach(extra -> engines.add(new ServiceEngine(http, service, "service " + extra, extra)));
        List<ServiceEngine> compared = options.all("compare").stream()
                .map(url -> new ServiceEngine(http, URI.create(url), "service at " + url, "")).toList();
        engines.addAll(compared);
        List<BaselineEngine> baselines = new ArrayList<>();
        try {
            long started = System.nanoTime();
            List<String> ids = primary.ingest(sample);
            out.printf("ingested through the service in %.1f s%n", (System.nanoTime() - started) / 1e9);
            if (management != null) {
                primary.awaitSpelling(URI.create(management), ids.stream().distinct().count());
            }
            for (ServiceEngine other : compared) {
                if (!other.ingest(sample).equals(ids)) {
                    throw new IllegalStateException(other.name() + " gave the articles other ids");
                }
            }
            for (String name : BASELINES) {
                BaselineEngine baseline = BaselineEngine.create(http, elasticsearch, baselinePrefix, name);
                baselines.add(baseline);
                baseline.ingest(sample, ids);
            }
            engines.addAll(baselines);
            report(out, engines, measure(engines, sample.subList(0, queries), ids, seed));
        } finally {
            for (BaselineEngine baseline : baselines) {
                baseline.drop();
            }
        }
    }

    private static Map<QueryKind, Map<String, Scores>> measure(List<SearchEngine> engines, List<CorpusArticle> known,
            List<String> ids, long seed) throws IOException {
        Map<QueryKind, Map<String, Scores>> scores = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            Map<String, Scores> byEngine = new LinkedHashMap<>();
            engines.forEach(engine -> byEngine.put(engine.name(), new Scores()));
            scores.put(kind, byEngine);
            List<Callable<Void>> asks = new ArrayList<>();
            for (int i = 0; i < known.size(); i++) {
                Optional<String> query = kind.derive(known.get(i).headline(), new Random(seed * 1_000_003L + i));
                String wanted = ids.get(i);
                query.ifPresent(text -> asks.add(() -> {
                    for (SearchEngine engine : engines) {
                        SearchEngine.Ranked ranked = engine.search(text);
                        byEngine.get(engine.name()).add(ranked.ids().indexOf(wanted) + 1, ranked.total(), ranked.tookMs());
                    }
                    return null;
                }));
            }
            runAll(asks);
            System.err.printf("%s: %d queries asked%n", kind.label(), byEngine.get(engines.getFirst().name()).queries());
        }
        return scores;
    }

    /** A few queries in flight at once: the figures do not depend on the order, and a busy machine answers sooner. */
    private static void runAll(List<Callable<Void>> asks) throws IOException {
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_QUERIES)) {
            for (Future<Void> asked : pool.invokeAll(asks)) {
                asked.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static void report(PrintStream out, List<SearchEngine> engines, Map<QueryKind, Map<String, Scores>> scores) {
        List<String> names = engines.stream().map(SearchEngine::name).toList();
        out.println();
        out.println("MRR@10 (recall@10, zero-result rate)");
        out.println(row("kind of query", "n", names));
        out.println(row("---", "---", names.stream().map(name -> "---").toList()));
        scores.forEach((kind, byEngine) -> out.println(row(kind.label(), Integer.toString(byEngine.get(names.getFirst())
                .queries()), names.stream().map(name -> byEngine.get(name).cell()).toList())));
        out.println();
        out.println("Elasticsearch took, ms: p50 / p90");
        out.println(row("kind of query", "n", names));
        out.println(row("---", "---", names.stream().map(name -> "---").toList()));
        scores.forEach((kind, byEngine) -> out.println(row(kind.label(), Integer.toString(byEngine.get(names.getFirst())
                .queries()), names.stream().map(name -> byEngine.get(name).tookPercentile(50) + " / "
                + byEngine.get(name).tookPercentile(90)).toList())));
    }

    private static String row(String first, String second, List<String> cells) {
        return "| " + first + " | " + second + " | " + String.join(" | ", cells) + " |";
    }
}
