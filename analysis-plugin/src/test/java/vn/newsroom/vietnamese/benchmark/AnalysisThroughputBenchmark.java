package vn.newsroom.vietnamese.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.lucene.VietnameseAnalyzer;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingAnalyzer;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingFilter;
import vn.newsroom.vietnamese.lucene.VietnameseInputMethodFilter;
import vn.newsroom.vietnamese.lucene.VietnameseNormalizeFilter;
import vn.newsroom.vietnamese.lucene.VietnameseStopFilter;
import vn.newsroom.vietnamese.lucene.VietnameseStopwords;
import vn.newsroom.vietnamese.lucene.VietnameseTokenizer;
import vn.newsroom.vietnamese.text.InputMethod;
import vn.newsroom.vietnamese.text.Keystrokes;
import vn.newsroom.vietnamese.text.Syllables;

/**
 * Analysis throughput of vi_analyzer, vi_folding_analyzer and Lucene's StandardAnalyzer over the
 * same Vietnamese news text (the seed articles), in MB of UTF-8 text per second; and the search-time
 * cost of vi_input_method: the folded search chain with and without it over the relevance fixture's
 * queries, as written and typed in Telex without conversion, in microseconds per query.
 *
 * <p>Run: {@code ./mvnw -B -q -pl analysis-plugin -Pjmh test-compile exec:exec}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisThroughputBenchmark {

    private static final String SEEDS_PROPERTY = "seeds.dir";
    private static final String QUERIES = "/relevance/queries.tsv";
    private static final int QUERY_COLUMN = 3;

    /** The seed articles as one text, for an analyzer of indexed text. */
    @State(Scope.Benchmark)
    public static class Seeds {

        @Param({"vi_analyzer", "vi_folding_analyzer", "standard"})
        public String analyzerName;

        private Analyzer analyzer;
        private String text;

        @Setup
        public void setUp() throws IOException {
            text = readSeeds(Path.of(System.getProperty(SEEDS_PROPERTY)));
            analyzer = switch (analyzerName) {
                case "vi_analyzer" -> new VietnameseAnalyzer();
                case "vi_folding_analyzer" -> new VietnameseFoldingAnalyzer();
                case "standard" -> new StandardAnalyzer();
                default -> throw new IllegalArgumentException(analyzerName);
            };
        }
    }

    /** Analyses the whole text once; returns the token count so the work cannot be optimised away. */
    @Benchmark
    public int analyzeSeeds(Seeds seeds) throws IOException {
        return countTokens(seeds.analyzer, seeds.text);
    }

    /** The 92 fixture queries, one token stream each, as a search analyzer sees them. */
    @State(Scope.Benchmark)
    public static class Queries {

        @Param({"vi_search", "vi_search_input_method"})
        public String chain;

        @Param({"clean", "telex"})
        public String typing;

        private Analyzer analyzer;
        private List<String> texts;

        @Setup
        public void setUp() throws IOException {
            boolean inputMethod = switch (chain) {
                case "vi_search" -> false;
                case "vi_search_input_method" -> true;
                default -> throw new IllegalArgumentException(chain);
            };
            analyzer = searchChain(inputMethod);
            texts = typing.equals("telex") ? readQueries().stream().map(Queries::typeInTelex).toList() : readQueries();
        }

        /** vi_tokenizer, vi_normalize, [vi_input_method], vi_stop, vi_folding: the service's folded search fields. */
        private static Analyzer searchChain(boolean inputMethod) {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new VietnameseTokenizer();
                    TokenStream stream = new VietnameseNormalizeFilter(source);
                    if (inputMethod) {
                        stream = new VietnameseInputMethodFilter(stream, EnumSet.allOf(InputMethod.class));
                    }
                    stream = new VietnameseStopFilter(stream, VietnameseStopwords.defaults());
                    return new TokenStreamComponents(source, new VietnameseFoldingFilter(stream, false));
                }
            };
        }

        /** Each marked syllable as its Telex keys ({@code Việt Nam → vieetj nam}); other words as written. */
        private static String typeInTelex(String query) {
            return Arrays.stream(VietnameseText.normalize(query).split(" "))
                    .map(word -> Syllables.isSyllable(word) ? Keystrokes.telex(word) : word)
                    .collect(Collectors.joining(" "));
        }
    }

    /** Analyses every fixture query; returns the token count so the work cannot be optimised away. */
    @Benchmark
    public int analyzeQueries(Queries queries) throws IOException {
        int tokens = 0;
        for (String query : queries.texts) {
            tokens += countTokens(queries.analyzer, query);
        }
        return tokens;
    }

    private static int countTokens(Analyzer analyzer, String text) throws IOException {
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }

    private static List<String> readQueries() throws IOException {
        try (InputStream in = AnalysisThroughputBenchmark.class.getResourceAsStream(QUERIES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .map(line -> line.split("\t")[QUERY_COLUMN])
                    .toList();
        }
    }

    private static String readSeeds(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .map(AnalysisThroughputBenchmark::read)
                    .collect(Collectors.joining("\n\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the benchmarks (1 fork, 10 warm-up and 5 measured iterations of 2 s; fewer warm-ups left the
     * decoding path still compiling on a busy machine) and prints MB/s and µs per query.
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds").toAbsolutePath().normalize();
        double megabytes = readSeeds(seeds).getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AnalysisThroughputBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(10)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-D" + SEEDS_PROPERTY + "=" + seeds, "-Xmx512m")
                .build()).run();
        int queries = readQueries().size();
        System.out.printf("%nText: %s, %.3f MB UTF-8; queries: %s, %d%n", seeds, megabytes, QUERIES, queries);
        for (RunResult result : results) {
            var score = result.getPrimaryResult();
            if (result.getParams().getBenchmark().endsWith("analyzeSeeds")) {
                System.out.printf("%-36s %8.1f MB/s  (± %.1f)%n", result.getParams().getParam("analyzerName"),
                        score.getScore() * megabytes, score.getScoreError() * megabytes);
            } else {
                String name = result.getParams().getParam("chain") + ", " + result.getParams().getParam("typing");
                double microsPerQuery = 1_000_000 / (score.getScore() * queries);
                System.out.printf("%-36s %8.2f µs/query  (± %.2f)%n", name, microsPerQuery,
                        microsPerQuery * score.getScoreError() / score.getScore());
            }
        }
    }
}
