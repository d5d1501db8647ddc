package vn.newsroom.vietnamese.plugin;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import vn.newsroom.vietnamese.lucene.VietnameseTokenizer;

/** Settings of {@code vi_tokenizer}, also accepted by both analyzers. */
@AnalysisSettings
public interface TokenizerSettings {

    /** Longer letter/digit runs are cut into pieces of this many chars. */
    @IntSetting(path = "max_token_length", defaultValue = VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH)
    int maxTokenLength();
}
