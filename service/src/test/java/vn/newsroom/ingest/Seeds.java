package vn.newsroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The reference articles in the repository's seeds directory. */
public final class Seeds {

    // the service build sets seeds.dir; tests run from the service module otherwise
    private static final Path DIR = Path.of(System.getProperty("seeds.dir", "../seeds"));

    private Seeds() {
    }

    /** The raw text of the seed whose file name starts with {@code number}, e.g. "002". */
    public static String raw(String number) {
        try (Stream<Path> files = Files.list(DIR)) {
            Path seed = files.filter(f -> f.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No seed " + number + " in " + DIR.toAbsolutePath()));
            return Files.readString(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedArticle parsed(String number) {
        return new ArticleParser().parse(raw(number));
    }
}
