package vn.newsroom.documents;

/** A request body over its configured limit; reading stopped there. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limitBytes) {
        super("The request body exceeds the limit of " + limitBytes + " bytes.");
    }
}
