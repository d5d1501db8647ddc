package vn.newsroom.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Pages of a search followed by their {@code nextCursor}, as a client reading to the end would. */
public final class CursorWalk {

    private CursorWalk() {
    }

    /**
     * The hit ids of every page in order, from the page {@code cursor} leads to ({@code null} for the first) until one
     * has no {@code nextCursor}.
     *
     * @param page the answer for a cursor, or {@code null} for the first page
     * @param most ids after which to stop, should the cursors never end
     */
    public static List<String> ids(Function<String, JsonPath> page, String cursor, int most) {
        List<String> visited = new ArrayList<>();
        do {
            JsonPath answer = page.apply(cursor);
            visited.addAll(answer.getList("hits.id"));
            cursor = answer.getString("nextCursor");
        } while (cursor != null && visited.size() <= most);
        return visited;
    }
}
