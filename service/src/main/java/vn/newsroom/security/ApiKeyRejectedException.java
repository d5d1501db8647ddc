package vn.newsroom.security;

/** A write came without the configured API key, or with another one. Its message never contains a key. */
public class ApiKeyRejectedException extends RuntimeException {

    public ApiKeyRejectedException(boolean sent) {
        super(sent ? "The " + ApiKeyFilter.HEADER + " header does not hold the API key."
                : "Writes need the API key in the " + ApiKeyFilter.HEADER + " header.");
    }
}
