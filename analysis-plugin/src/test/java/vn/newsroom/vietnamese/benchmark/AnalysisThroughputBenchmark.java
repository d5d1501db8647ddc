package vn.newsroom.vietnamese.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
import vn.newsroom.vietnamese.lucene.VietnameseAnalyzer;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingAnalyzer;

/**
 * Analysis throughput of vi_analyzer, vi_folding_analyzer and Lucene's StandardAnalyzer over the
 * same Vietnamese news text (the seed articles), in MB of UTF-8 text per second.
 *
 * <p>Run: {@code ./mvnw -B -q -pl analysis-plugin -Pjmh test-compile exec:exec}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisThroughputBenchmark {

    private static final String SEEDS_PROPERTY = "seeds.dir";

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

    /** Analyses the whole text once; returns the token count so the work cannot be optimised away. */
    @Benchmark
    public int analyzeSeeds() throws IOException {
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

    /** Runs the benchmark (1 fork, 3 warm-up and 5 measured iterations of 2 s) and prints MB/s. */
    public static void main(String[] args) throws RunnerException, IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds").toAbsolutePath().normalize();
        double megabytes = readSeeds(seeds).getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AnalysisThroughputBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-D" + SEEDS_PROPERTY + "=" + seeds, "-Xmx512m")
                .build()).run();
        System.out.printf("%nText: %s, %.3f MB UTF-8%n", seeds, megabytes);
        for (RunResult result : results) {
            var score = result.getPrimaryResult();
            System.out.printf("%-20s %8.1f MB/s  (± %.1f)%n", result.getParams().getParam("analyzerName"),
                    score.getScore() * megabytes, score.getScoreError() * megabytes);
        }
    }
}
