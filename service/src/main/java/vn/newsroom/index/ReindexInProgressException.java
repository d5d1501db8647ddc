package vn.newsroom.index;

/** A reindex was asked for while another one runs (on this or another replica of the service). */
public class ReindexInProgressException extends RuntimeException {

    public ReindexInProgressException() {
        super("A reindex is already running; wait for it to finish.");
    }
}
