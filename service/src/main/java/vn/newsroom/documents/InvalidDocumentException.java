package vn.newsroom.documents;

import java.util.List;
import java.util.stream.Collectors;
import vn.newsroom.problem.Problem;
import vn.newsroom.problem.ProblemException;

/** A document that is refused before anything is written: unreadable, or with invalid fields. */
public class InvalidDocumentException extends ProblemException {

    private final List<FieldError> errors;

    private InvalidDocumentException(String message, List<FieldError> errors) {
        super(400, "invalid-document", "Invalid document", message);
        this.errors = List.copyOf(errors);
    }

    /** The body cannot be read as a document at all (empty, not JSON, ...). */
    public static InvalidDocumentException unreadable(String detail) {
        return new InvalidDocumentException(detail, List.of());
    }

    public static InvalidDocumentException invalid(List<FieldError> errors) {
        return new InvalidDocumentException(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")),
                errors);
    }

    public static InvalidDocumentException invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    /** Empty when the body is unreadable as a whole. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String detail() {
        return errors.isEmpty() ? getMessage() : "One or more fields are invalid; nothing was stored.";
    }

    @Override
    public List<Problem.InvalidParam> invalidParams() {
        return errors.stream().map(error -> new Problem.InvalidParam(error.name(), error.reason())).toList();
    }
}
