package vn.newsroom.index;

/** The analysis an articles index is built with. */
public enum AnalysisMode {
    /** The Vietnamese analysis plugin: marks kept, tones normalised, folding and syllable bigrams. */
    VIETNAMESE("index/analysis-vietnamese.json"),
    /** Elasticsearch core only, for clusters without the plugin: search works, Vietnamese quality does not. */
    CORE("index/analysis-core.json");

    private final String settingsResource;

    AnalysisMode(String settingsResource) {
        this.settingsResource = settingsResource;
    }

    public String settingsResource() {
        return settingsResource;
    }
}
