package vn.newsroom.problem;

import java.util.List;

/**
 * A failure that its feature answers with a problem of its own kind: the exception names its status, type and title
 * beside the code that throws it, so that this package knows no feature. The message is the problem's detail.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    /** @param type the last segment of the problem's type, {@code /problems/<type>} */
    protected ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    protected ProblemException(int status, String type, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What the caller is told; the message unless a subclass says it better. */
    public String detail() {
        return getMessage();
    }

    /** Each offending parameter and why, for invalid input. */
    public List<Problem.InvalidParam> invalidParams() {
        return List.of();
    }
}
