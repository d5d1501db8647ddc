package vn.newsroom.vietnamese.plugin;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import vn.newsroom.vietnamese.lucene.VietnameseTokenizer;

/** Settings of {@code vi_tokenizer}, also accepted by both analyzers. */
@AnalysisSettings
public interface TokenizerSettings {

    /** Longer letter/digit runs are cut into pieces of this many chars. */
    @IntSetting(path = "max_token_length", defaultValue = VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH)
    int maxTokenLength();

    /** Multi-syllable words kept as single tokens, e.g. {@code ["hà nội", "đông nam á"]}. */
    @ListSetting(path = "user_words")
    List<String> userWords();
}
