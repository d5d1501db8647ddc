package vn.newsroom.vietnamese.lucene;

/** How to build a {@link VietnameseTokenizer}; shared by the analyzers and the tokenizer factory. */
public record TokenizerConfig(int maxTokenLength, UserWords userWords) {

    public static final TokenizerConfig DEFAULT =
            new TokenizerConfig(VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH, UserWords.NONE);

    public VietnameseTokenizer newTokenizer() {
        return new VietnameseTokenizer(maxTokenLength, userWords);
    }
}
