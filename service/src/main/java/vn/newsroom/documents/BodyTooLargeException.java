package vn.newsroom.documents;

import vn.newsroom.problem.ProblemException;

/** A request body over its configured limit; reading stopped there. */
public class BodyTooLargeException extends ProblemException {

    public BodyTooLargeException(long limitBytes) {
        super(413, "too-large", "Request body too large", "The request body exceeds the limit of " + limitBytes + " bytes.");
    }
}
