package vn.newsroom.vietnamese.plugin;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/** Settings of {@code vi_input_method}. */
@AnalysisSettings
public interface InputMethodSettings {

    /** Which leftovers to decode: {@code telex}, {@code vni}; empty or absent means both. */
    @ListSetting(path = "input_methods")
    List<String> inputMethods();
}
