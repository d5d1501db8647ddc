package vn.newsroom.vietnamese.lucene;

/** How to build a {@link VietnameseTokenizer}; shared by the analyzers and the tokenizer factory. */
public record TokenizerConfig(int maxTokenLength) {

    public static final TokenizerConfig DEFAULT = new TokenizerConfig(VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);

    public VietnameseTokenizer newTokenizer() {
        return new VietnameseTokenizer(maxTokenLength);
    }
}
