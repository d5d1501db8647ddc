package vn.newsroom.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleIds;
import vn.newsroom.article.ArticleInput;

/**
 * Turns what a client sends into the article to store, or refuses it with {@link InvalidDocumentException} or
 * {@link BodyTooLargeException} before anything is written.
 */
@ApplicationScoped
public class DocumentIntake {

    private final ArticleAssembler assembler;
    private final ArticleInputReader reader;
    private final ArticleInputValidator validator;
    private final DocumentsConfig config;

    DocumentIntake(ArticleAssembler assembler, ArticleInputReader reader, ArticleInputValidator validator,
            DocumentsConfig config) {
        this.assembler = assembler;
        this.reader = reader;
        this.validator = validator;
        this.config = config;
    }

    /**
     * One document: raw text ({@code text/plain}, parsed like a seed file) or {@link ArticleInput} JSON.
     *
     * @param pathId the id from the URL (PUT), or {@code null} to take the JSON's id or derive one
     */
    public Article fromRequest(InputStream body, MediaType type, long declaredLength, String pathId) {
        if (pathId != null && !pathId.matches(ArticleIds.PATTERN)) {
            throw InvalidDocumentException.invalid("id", ArticleIds.PATTERN_MESSAGE);
        }
        byte[] bytes = RequestBodies.readAll(body, declaredLength, config.maxBodySize().asLongValue());
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return fromText(new String(bytes, charsetOf(type)), pathId);
        }
        ArticleInput input = reader.read(bytes);
        if (pathId != null && input.id() != null && !pathId.equals(input.id())) {
            throw InvalidDocumentException.invalid("id", "differs from the id in the path, '" + pathId + "'");
        }
        return fromInput(pathId != null ? input.withId(pathId) : input);
    }

    /** One JSON article, e.g. an item of a bulk upload. */
    public Article fromInput(ArticleInput input) {
        return withText(assembler.fromInput(validator.check(input)), "body");
    }

    private Article fromText(String raw, String id) {
        if (raw.isBlank()) {
            throw InvalidDocumentException.unreadable("The request body is blank: send the article's text.");
        }
        if (raw.length() > config.maxTextLength()) {
            throw InvalidDocumentException.invalid("text", "must be at most " + config.maxTextLength()
                    + " characters, not " + raw.length());
        }
        return withText(assembler.fromRawText(id, raw, null, null), "text");
    }

    /** An article of captions and teasers alone has nothing to search: refuse it rather than store an empty body. */
    private static Article withText(Article article, String field) {
        if (article.body().isBlank()) {
            throw InvalidDocumentException.invalid(field,
                    "holds no article text once photo captions, credits and teasers are set apart");
        }
        return article;
    }

    private static Charset charsetOf(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InvalidDocumentException.unreadable("Unknown charset '" + name + "' in the Content-Type.");
        }
    }
}
