package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.newsroom.vietnamese.lucene.VietnameseNormalizeFilter;

/** {@code vi_normalize}: NFC, lowercase, canonical tone placement. Has no settings. */
@NamedComponent("vi_normalize")
public final class NormalizeFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseNormalizeFilter(tokenStream);
    }

    /** Terms of prefix, wildcard and fuzzy queries on fields using this filter are normalised too. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
