package vn.newsroom.documents;

/** No article has the requested id. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("No article has the id '" + id + "'.");
    }
}
