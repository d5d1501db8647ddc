package vn.newsroom.vietnamese.plugin;

import org.elasticsearch.plugin.settings.AnalysisSettings;

/** Settings of {@code vi_folding_analyzer}: those of its tokenizer and its folding filter. */
@AnalysisSettings
public interface FoldingAnalyzerSettings extends TokenizerSettings, FoldingSettings {}
