package vn.newsroom.vietnamese.lucene;

/**
 * Accent-insensitive Vietnamese terms for folded sub-fields and search-as-you-type:
 * {@link VietnameseTokenizer}, {@link VietnameseNormalizeFilter} and {@link VietnameseFoldingFilter},
 * without stopword removal (a folded "ma" may be "mà", a stopword, or "má", "mã"). This is
 * {@code vi_folding_analyzer}. A prefix or wildcard query term folds too, without its original:
 * it must stay one term.
 */
public final class VietnameseFoldingAnalyzer extends NormalizingAnalyzer {

    /** The default tokenizer; folded terms only. */
    public VietnameseFoldingAnalyzer() {
        this(TokenizerConfig.DEFAULT, false);
    }

    public VietnameseFoldingAnalyzer(TokenizerConfig tokenizer, boolean preserveOriginal) {
        super(tokenizer,
                normalized -> new VietnameseFoldingFilter(normalized, preserveOriginal),
                normalized -> new VietnameseFoldingFilter(normalized, false));
    }
}
