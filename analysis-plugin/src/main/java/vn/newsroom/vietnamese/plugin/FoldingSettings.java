package vn.newsroom.vietnamese.plugin;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Settings of {@code vi_folding}, also accepted by {@code vi_folding_analyzer}. */
@AnalysisSettings
public interface FoldingSettings {

    /** Also emit the unfolded term, at the same position, when folding changed it. */
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
}
