package vn.newsroom.index;

import vn.newsroom.problem.ProblemException;

/** The alias points to no index yet: the service is still preparing it. */
public class IndexNotReadyException extends ProblemException {

    public IndexNotReadyException() {
        super(503, "unavailable", "Service unavailable", "The article index is not ready yet.");
    }
}
