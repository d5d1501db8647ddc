package vn.newsroom.vietnamese.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import vn.newsroom.vietnamese.VietnameseText;

/** Builds the stopword sets of {@link VietnameseStopFilter}, in normalised form. */
public final class VietnameseStopwords {

    /** One normalised word per line; {@code #} starts a comment. */
    private static final String DEFAULT_RESOURCE = "stopwords.txt";
    private static final List<String> DEFAULT_WORDS = List.copyOf(readDefaultWords());
    private static final CharArraySet DEFAULTS = CharArraySet.unmodifiableSet(of(DEFAULT_WORDS));

    private VietnameseStopwords() {}

    /** The shipped list of Vietnamese function words. */
    public static CharArraySet defaults() {
        return DEFAULTS;
    }

    /** The shipped list as strings, for callers that want to extend it. */
    public static List<String> defaultWords() {
        return DEFAULT_WORDS;
    }

    /** A set of the given words, normalised so that matching ignores case and tone placement. */
    public static CharArraySet of(Collection<String> words) {
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String word : words) {
            set.add(VietnameseText.normalize(word.strip()));
        }
        return set;
    }

    private static List<String> readDefaultWords() {
        try (InputStream stream = VietnameseStopwords.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
