package vn.newsroom.index;

import vn.newsroom.problem.ProblemException;

/** A reindex was asked for while another one runs (on this or another replica of the service). */
public class ReindexInProgressException extends ProblemException {

    public ReindexInProgressException() {
        super(409, "reindex-running", "Reindex already running", "A reindex is already running; wait for it to finish.");
    }
}
