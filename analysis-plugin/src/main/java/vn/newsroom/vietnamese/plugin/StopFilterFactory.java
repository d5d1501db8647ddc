package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.newsroom.vietnamese.lucene.VietnameseStopFilter;

/** {@code vi_stop}: removes Vietnamese function words; settings {@code stopwords}, {@code stopwords_extra}. */
@NamedComponent("vi_stop")
public final class StopFilterFactory implements TokenFilterFactory {

    private final CharArraySet stopwords;

    @Inject
    public StopFilterFactory(StopSettings settings) {
        this.stopwords = SettingsValues.stopwords(settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseStopFilter(tokenStream, stopwords);
    }
}
