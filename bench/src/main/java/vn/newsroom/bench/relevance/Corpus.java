package vn.newsroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a sample of a corpus: a JSON-lines file ({@code {"title": ..., "body": ...}}, {@code headline} also
 * accepted), or a folder in the VietNews layout (one file per article: headline, summary and body as blank-line
 * separated blocks, syllables of a word joined by {@code _}, punctuation spaced out). The sample is a seeded shuffle,
 * so the same arguments give the same articles on every machine.
 */
public final class Corpus {

    private static final Pattern BLOCKS = Pattern.compile("\\R\\s*\\R");
    private static final Pattern SPACE_BEFORE = Pattern.compile(" +([,.;:!?%)\\]}”’…])");
    private static final Pattern SPACE_AFTER = Pattern.compile("([(\\[{“‘]) +");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static List<CorpusArticle> sample(Path path, int count, long seed) throws IOException {
        List<?> entries = Files.isDirectory(path) ? files(path) : Files.readAllLines(path, StandardCharsets.UTF_8);
        List<Object> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        List<CorpusArticle> sample = new ArrayList<>(count);
        for (Object entry : shuffled) {
            if (sample.size() == count) {
                break;
            }
            (entry instanceof Path file ? vietNews(file) : jsonLine((String) entry)).ifPresent(sample::add);
        }
        if (sample.size() < count) {
            throw new IllegalArgumentException(path + " holds only " + sample.size() + " usable articles, not " + count);
        }
        return sample;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Optional<CorpusArticle> vietNews(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] blocks = BLOCKS.split(text.strip());
        if (blocks.length < 3) {
            return Optional.empty();
        }
        // blocks[1] is the summary, which the benchmark leaves out as it leaves out the headline
        String body = String.join("\n", List.of(blocks).subList(2, blocks.length));
        return article(detokenize(blocks[0]), detokenize(body));
    }

    private static Optional<CorpusArticle> jsonLine(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line);
            return article(node.path(node.has("headline") ? "headline" : "title").asText(""),
                    node.path("body").asText(""));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line.substring(0, Math.min(80, line.length())), e);
        }
    }

    private static Optional<CorpusArticle> article(String headline, String body) {
        return headline.isBlank() || body.isBlank() ? Optional.empty()
                : Optional.of(new CorpusArticle(headline.strip(), body.strip()));
    }

    /** VietNews text as a person wrote it: {@code Hưng_Yên ( SN 1989 ) ,} becomes {@code Hưng Yên (SN 1989),}. */
    static String detokenize(String text) {
        String spaced = text.replace('_', ' ').replaceAll("[ \\t]+", " ");
        return SPACE_AFTER.matcher(SPACE_BEFORE.matcher(spaced).replaceAll("$1")).replaceAll("$1").strip();
    }
}
