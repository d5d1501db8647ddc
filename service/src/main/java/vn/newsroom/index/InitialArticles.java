package vn.newsroom.index;

import java.io.IOException;

/**
 * The articles a new or empty index is filled with before it serves. Implemented where they come from (the seed
 * folder), so the index life cycle knows no feature above it.
 */
public interface InitialArticles {

    /** Writes them to {@code index} (a concrete index or the alias) and makes them searchable; returns how many. */
    int loadInto(String index) throws IOException;
}
