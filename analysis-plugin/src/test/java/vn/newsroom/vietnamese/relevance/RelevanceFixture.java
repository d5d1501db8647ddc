package vn.newsroom.vietnamese.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The documents and judged queries under {@code src/test/resources/relevance} (see the README there):
 * the seed articles, {@code docs.tsv} and {@code queries.tsv}. Rows marked {@code nfd} are decomposed
 * here, so the files stay readable while the index and the queries see real NFD text.
 */
record RelevanceFixture(List<FixtureDocument> documents, List<FixtureQuery> queries) {

    private static final String ROOT = "/relevance/";

    static RelevanceFixture load() {
        List<FixtureDocument> documents = new ArrayList<>(seeds());
        for (String[] row : rows("docs.tsv", 3)) {
            documents.add(new FixtureDocument(row[0], inForm(row[1], row[2])));
        }
        List<FixtureQuery> queries = new ArrayList<>();
        for (String[] row : rows("queries.tsv", 5)) {
            var relevant = Set.of(row[4].split(" "));
            queries.add(new FixtureQuery(row[0], row[1], inForm(row[2], row[3]), relevant));
        }
        return new RelevanceFixture(List.copyOf(documents), List.copyOf(queries));
    }

    /** The five seed articles, each named after its file. */
    private static List<FixtureDocument> seeds() {
        try (Stream<Path> files = Files.list(resourceDirectory("seeds"))) {
            return files.sorted()
                    .map(file -> new FixtureDocument(file.getFileName().toString().replace(".txt", ""), read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows of a tab-separated file with a header line. */
    private static List<String[]> rows(String file, int columns) {
        try (InputStream in = RelevanceFixture.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + file);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " columns in: " + line);
                }
                return row;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inForm(String form, String text) {
        return switch (form) {
            case "nfc" -> text;
            case "nfd" -> Normalizer.normalize(text, Normalizer.Form.NFD);
            default -> throw new IllegalStateException("unknown Unicode form " + form);
        };
    }

    private static Path resourceDirectory(String name) {
        URL url = RelevanceFixture.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("missing resource directory " + ROOT + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
