package vn.newsroom.documents;

import vn.newsroom.problem.ProblemException;

/** No article has the requested id. */
public class ArticleNotFoundException extends ProblemException {

    public ArticleNotFoundException(String id) {
        super(404, "not-found", "Article not found", "No article has the id '" + id + "'.");
    }
}
