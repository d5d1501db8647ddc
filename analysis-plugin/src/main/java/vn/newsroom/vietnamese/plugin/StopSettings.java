package vn.newsroom.vietnamese.plugin;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Settings of {@code vi_stop}, also accepted by {@code vi_analyzer}. */
@AnalysisSettings
public interface StopSettings {

    /** Replaces the shipped list; {@code ["_none_"]} removes nothing. Empty or absent keeps the shipped list. */
    @ListSetting(path = "stopwords")
    List<String> stopwords();

    /** Added to the list in use. */
    @ListSetting(path = "stopwords_extra")
    List<String> stopwordsExtra();
}
