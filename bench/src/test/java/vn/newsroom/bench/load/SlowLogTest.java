package vn.newsroom.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlowLogTest {

    /** Shaped like Elasticsearch 9.5's search slow log: the source escaped twice, one line per shard. */
    private static String line(String id, int shard, String source) {
        return "{\"log.level\":\"TRACE\", \"elasticsearch.slowlog.id\":\"" + id
                + "\",\"elasticsearch.slowlog.message\":\"[bench-v1][" + shard + "]\",\"elasticsearch.slowlog.source\":\""
                + source.replace("\"", "\\\\\\\"") + "\"}";
    }

    @Test
    void theBodiesOfOneRequestAsSentOnceEachFromShardZero(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("slowlog.json");
        Files.write(file, List.of(
                line("other", 0, "{\"size\":1}"),
                line("wanted", 0, "{\"size\":10,\"query\":{\"match\":{\"title\":\"bộ trưởng\"}}}"),
                line("wanted", 1, "{\"size\":10,\"query\":{\"match\":{\"title\":\"bộ trưởng\"}}}"),
                line("wanted", 0, "{\"size\":0}")));
        assertEquals(List.of("{\"size\":10,\"query\":{\"match\":{\"title\":\"bộ trưởng\"}}}", "{\"size\":0}"),
                new SlowLog(file).sources("wanted"));
    }

    @Test
    void nothingBeforeTheFileExists(@TempDir Path folder) throws IOException {
        assertEquals(List.of(), new SlowLog(folder.resolve("absent.json")).sources("wanted"));
    }
}
