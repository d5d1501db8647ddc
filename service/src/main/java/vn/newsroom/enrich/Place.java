package vn.newsroom.enrich;

import java.util.List;
import java.util.stream.Stream;

/**
 * Something a place name in the text can stand for. Countries and organisations/regions share one
 * matcher because they compete for the same words: "Ấn Độ - Thái Bình Dương" is a region, not India.
 */
sealed interface Place permits Country, Organisation {

    String name();

    List<String> aliases();

    /** The display name and its aliases: everything that names this place itself. */
    default List<String> names() {
        return Stream.concat(Stream.of(name()), aliases().stream()).toList();
    }
}
