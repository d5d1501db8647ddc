package vn.newsroom.index;

/** The alias points to no index yet: the service is still preparing it. */
public class IndexNotReadyException extends RuntimeException {

    public IndexNotReadyException() {
        super("The article index is not ready yet.");
    }
}
