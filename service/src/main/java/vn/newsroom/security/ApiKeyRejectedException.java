package vn.newsroom.security;

import vn.newsroom.problem.ProblemException;

/** A write came without the configured API key, or with another one. Its message never contains a key. */
public class ApiKeyRejectedException extends ProblemException {

    public ApiKeyRejectedException(boolean sent) {
        super(401, "unauthorized", "API key required", sent
                ? "The " + ApiKeyFilter.HEADER + " header does not hold the API key."
                : "Writes need the API key in the " + ApiKeyFilter.HEADER + " header.");
    }
}
