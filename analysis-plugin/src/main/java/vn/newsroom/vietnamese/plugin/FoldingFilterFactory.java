package vn.newsroom.vietnamese.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingFilter;

/** {@code vi_folding}: strips tone and vowel marks; setting {@code preserve_original}. */
@NamedComponent("vi_folding")
public final class FoldingFilterFactory implements TokenFilterFactory {

    private final boolean preserveOriginal;

    @Inject
    public FoldingFilterFactory(FoldingSettings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseFoldingFilter(tokenStream, preserveOriginal);
    }

    /** Terms of prefix, wildcard and fuzzy queries fold too; such a term must stay one term, so no original. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new VietnameseFoldingFilter(tokenStream, false);
    }
}
