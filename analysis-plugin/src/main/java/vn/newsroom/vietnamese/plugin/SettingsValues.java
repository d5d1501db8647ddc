package vn.newsroom.vietnamese.plugin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import vn.newsroom.vietnamese.lucene.TokenizerConfig;
import vn.newsroom.vietnamese.lucene.UserWords;
import vn.newsroom.vietnamese.lucene.VietnameseStopwords;
import vn.newsroom.vietnamese.text.InputMethod;

/** Turns settings into the objects the Lucene classes take (settings interfaces cannot hold code). */
final class SettingsValues {

    /** Stopwords value that means "remove nothing", as in Elasticsearch's own stop filter. */
    static final String NO_STOPWORDS = "_none_";

    private SettingsValues() {}

    static TokenizerConfig tokenizerConfig(TokenizerSettings settings) {
        return new TokenizerConfig(settings.maxTokenLength(), new UserWords(settings.userWords()));
    }

    static CharArraySet stopwords(StopSettings settings) {
        List<String> words = new ArrayList<>(baseStopwords(settings.stopwords()));
        words.addAll(settings.stopwordsExtra());
        return VietnameseStopwords.of(words);
    }

    /** The named input methods ({@code telex}, {@code vni}, any case); none named means all. */
    static Set<InputMethod> inputMethods(InputMethodSettings settings) {
        if (settings.inputMethods().isEmpty()) {
            return EnumSet.allOf(InputMethod.class);
        }
        Set<InputMethod> methods = EnumSet.noneOf(InputMethod.class);
        for (String name : settings.inputMethods()) {
            try {
                methods.add(InputMethod.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "input_methods: unknown input method [" + name + "], expected telex or vni", e);
            }
        }
        return methods;
    }

    private static List<String> baseStopwords(List<String> configured) {
        if (configured.isEmpty()) {
            return VietnameseStopwords.defaultWords();
        }
        return configured.equals(List.of(NO_STOPWORDS)) ? List.of() : configured;
    }
}
