package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import vn.newsroom.vietnamese.lucene.TokenizerConfig;

/** {@code vi_tokenizer}: syllables, numbers and name parts with offsets into the original text. */
@NamedComponent("vi_tokenizer")
public final class VietnameseTokenizerFactory implements TokenizerFactory {

    private final TokenizerConfig config;

    @Inject
    public VietnameseTokenizerFactory(TokenizerSettings settings) {
        this.config = SettingsValues.tokenizerConfig(settings);
    }

    @Override
    public Tokenizer create() {
        return config.newTokenizer();
    }
}
