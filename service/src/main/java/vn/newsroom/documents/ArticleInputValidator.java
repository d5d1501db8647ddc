package vn.newsroom.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.PublishedDate;

/**
 * Checks JSON input completely before anything is written: the Bean Validation constraints of {@link ArticleInput},
 * the configured text length, the date's form, and that given countries and topics exist. Reports every problem at
 * once, not only the first.
 */
@ApplicationScoped
class ArticleInputValidator {

    private final Validator validator;
    private final CountryCatalog countries;
    private final TopicTaxonomy topics;
    private final DocumentsConfig config;

    ArticleInputValidator(Validator validator, CountryCatalog countries, TopicTaxonomy topics, DocumentsConfig config) {
        this.validator = validator;
        this.countries = countries;
        this.topics = topics;
        this.config = config;
    }

    CheckedInput check(ArticleInput input) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(input).forEach(violation -> errors.add(
                new FieldError(violation.getPropertyPath().iterator().next().getName(), violation.getMessage())));
        if (input.body() != null && input.body().length() > config.maxTextLength()) {
            errors.add(new FieldError("body", "must be at most " + config.maxTextLength() + " characters, not "
                    + input.body().length()));
        }
        PublishedDate published = null;
        if (input.publishedAt() != null) {
            try {
                published = PublishedDate.parse(input.publishedAt());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("publishedAt", e.getMessage()));
            }
        }
        var countryList = resolveAll("countries", input.countries(), countries::byCode, "not a country code", errors);
        var topicList = resolveAll("topics", input.topics(), topics::byId, "not a topic id", errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::name));
            throw InvalidDocumentException.invalid(errors);
        }
        return new CheckedInput(input.id(), blankToNull(input.title()), input.body(), published,
                blankToNull(input.source()), blankToNull(input.url()), countryList, topicList);
    }

    /** Each given reference resolved, duplicates dropped; {@code null} when none was given. */
    private static <T> List<T> resolveAll(String field, List<String> given, Function<String, Optional<T>> resolve,
            String unknown, List<FieldError> errors) {
        if (given == null) {
            return null;
        }
        List<T> resolved = new ArrayList<>();
        for (String reference : given) {
            Optional<T> found = reference == null ? Optional.empty() : resolve.apply(reference);
            if (found.isEmpty() && reference != null && !reference.isBlank()) {
                errors.add(new FieldError(field, "'" + reference + "' is " + unknown + " of the catalogue"));
            }
            found.filter(item -> !resolved.contains(item)).ifPresent(resolved::add);
        }
        return resolved;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
