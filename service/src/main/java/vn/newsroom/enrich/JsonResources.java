package vn.newsroom.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the editable JSON catalogues from the classpath into records. */
final class JsonResources {

    // unknown properties fail (Jackson's default), so a misspelt key in an edited file is caught at startup
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonResources() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = JsonResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource not found: " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
