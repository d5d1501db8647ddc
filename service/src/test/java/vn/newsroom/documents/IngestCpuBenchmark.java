package vn.newsroom.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.newsroom.enrich.ArticleEnricher;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TokenizedText;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.ArticleParser;
import vn.newsroom.ingest.ParsedArticle;

/**
 * The CPU that the service spends on each uploaded article, in µs per article, step by step and whole, against
 * what any service in front of Elasticsearch pays for the same line: reading its JSON and writing JSON again. On
 * a machine where Elasticsearch indexes on the same cores, this is what makes an upload slower than a raw
 * {@code _bulk} (scripts/bench measures that ratio end to end).
 *
 * <p>Run: {@code ./mvnw -B -q -pl service -Pjmh test-compile exec:exec [-Dingest.corpus=FILE]}, FILE holding JSON
 * lines of {@code {"title": ..., "body": ...}} (its first {@value #MAX_ARTICLES}); by default the seed articles.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class IngestCpuBenchmark {

    private static final String CORPUS_PROPERTY = "ingest.corpus";
    private static final int MAX_ARTICLES = 2000;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ArticleParser parser = new ArticleParser();
    private final ArticleEnricher enricher = new ArticleEnricher(new CountryCatalog(), new TopicTaxonomy());
    private final ArticleAssembler assembler = new ArticleAssembler(parser, enricher, new TopicTaxonomy());
    private List<String> lines;
    private List<String> bodies;
    private List<ParsedArticle> parsed;
    private int next;

    @Setup
    public void setUp() throws IOException {
        lines = readCorpus(Path.of(System.getProperty(CORPUS_PROPERTY)));
        bodies = lines.stream().map(line -> read(line).body()).toList();
        parsed = bodies.stream().map(parser::parseBody).toList();
    }

    private int nextArticle() {
        int article = next;
        next = (next + 1) % lines.size();
        return article;
    }

    /** The baseline: the line's JSON read and written again, as a thin proxy would. */
    @Benchmark
    public byte[] jsonRoundTrip() throws IOException {
        return JSON.writeValueAsBytes(JSON.readTree(lines.get(nextArticle())));
    }

    /** The body cut into paragraphs, lead, captions and credits ({@link ArticleParser#parseBody}). */
    @Benchmark
    public ParsedArticle parse() {
        return parser.parseBody(bodies.get(nextArticle()));
    }

    /** The body cut into words, as each enrichment pass needs it. */
    @Benchmark
    public int tokenize() {
        return TokenizedText.of(parsed.get(nextArticle()).body()).tokens().size();
    }

    /** Countries, organisations and topics found in an already parsed article. */
    @Benchmark
    public Object enrich() {
        ParsedArticle article = parsed.get(nextArticle());
        return enricher.enrich(article.title(), article.body());
    }

    /** Everything an upload does with a line before it is sent: read, parsed, enriched and written as JSON. */
    @Benchmark
    public byte[] upload() throws IOException {
        return JSON.writeValueAsBytes(assembler.fromInput(read(lines.get(nextArticle()))));
    }

    private static CheckedInput read(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return new CheckedInput(null, node.path("title").asText(null), node.path("body").asText(""), null, null,
                    null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON lines as given, or the seed articles (a folder of raw texts) made into such lines. */
    private static List<String> readCorpus(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            try (Stream<String> lines = Files.lines(corpus)) {
                return lines.filter(line -> !line.isBlank()).limit(MAX_ARTICLES).toList();
            }
        }
        ArticleParser parser = new ArticleParser();
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().map(file -> {
                try {
                    ParsedArticle article = parser.parse(Files.readString(file));
                    return JSON.createObjectNode().put("title", article.title()).put("body", article.body()).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /**
     * Runs the benchmarks (1 fork, 8 warm-up and 5 measured iterations of 2 s) and prints each against the baseline.
     *
     * @param args the corpus: a JSON-lines file, or the folder of seed articles
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        int articles = readCorpus(corpus).size();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(IngestCpuBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(8)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-D" + CORPUS_PROPERTY + "=" + corpus, "-Xmx1g")
                .build()).run();
        double baseline = results.stream().filter(result -> name(result).equals("jsonRoundTrip")).findFirst()
                .orElseThrow().getPrimaryResult().getScore();
        System.out.printf("%nArticles: %s, %d%n", corpus, articles);
        System.out.printf("%-16s %10s %10s %12s%n", "step", "µs/article", "±", "× baseline");
        for (RunResult result : results) {
            var score = result.getPrimaryResult();
            System.out.printf("%-16s %10.1f %10.1f %11.2f×%n", name(result), score.getScore(), score.getScoreError(),
                    score.getScore() / baseline);
        }
    }

    private static String name(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
}
