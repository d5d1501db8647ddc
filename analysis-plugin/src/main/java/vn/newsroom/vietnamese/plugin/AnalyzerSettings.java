package vn.newsroom.vietnamese.plugin;

import org.elasticsearch.plugin.settings.AnalysisSettings;

/** Settings of {@code vi_analyzer}: those of its tokenizer and its stop filter. */
@AnalysisSettings
public interface AnalyzerSettings extends TokenizerSettings, StopSettings {}
