package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import vn.newsroom.vietnamese.lucene.VietnameseAnalyzer;

/** {@code vi_analyzer}: vi_tokenizer + vi_normalize + vi_stop, with the settings of those parts. */
@NamedComponent("vi_analyzer")
public final class VietnameseAnalyzerFactory implements AnalyzerFactory {

    private final AnalyzerSettings settings;

    @Inject
    public VietnameseAnalyzerFactory(AnalyzerSettings settings) {
        this.settings = settings;
    }

    @Override
    public Analyzer create() {
        return new VietnameseAnalyzer(SettingsValues.tokenizerConfig(settings), SettingsValues.stopwords(settings));
    }
}
