package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingAnalyzer;

/** {@code vi_folding_analyzer}: vi_tokenizer + vi_normalize + vi_folding, no stopwords. */
@NamedComponent("vi_folding_analyzer")
public final class FoldingAnalyzerFactory implements AnalyzerFactory {

    private final FoldingAnalyzerSettings settings;

    @Inject
    public FoldingAnalyzerFactory(FoldingAnalyzerSettings settings) {
        this.settings = settings;
    }

    @Override
    public Analyzer create() {
        return new VietnameseFoldingAnalyzer(SettingsValues.tokenizerConfig(settings), settings.preserveOriginal());
    }
}
