package vn.newsroom.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP with the JDK's client; any status but 2xx is an error that names the call. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public JsonNode get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public JsonNode send(String method, URI uri, String contentType, String body) throws IOException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public void delete(URI uri) throws IOException {
        send(HttpRequest.newBuilder(uri).DELETE());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        HttpRequest built = request.timeout(Duration.ofMinutes(5)).build();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
