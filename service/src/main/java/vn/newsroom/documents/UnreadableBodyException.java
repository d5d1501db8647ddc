package vn.newsroom.documents;

import java.io.IOException;
import vn.newsroom.problem.ProblemException;

/**
 * The request body stopped arriving: the client aborted, broke the chunked framing, or went silent past the read
 * timeout. Unchecked, so that no handler of Elasticsearch's I/O failures mistakes it for one of theirs.
 */
public class UnreadableBodyException extends ProblemException {

    public UnreadableBodyException(IOException cause) {
        super(400, "unreadable-body", "Unreadable request body", "The request body could not be read to its end.",
                cause);
    }
}
