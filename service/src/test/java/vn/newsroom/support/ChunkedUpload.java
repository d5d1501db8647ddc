package vn.newsroom.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A chunked NDJSON upload (no Content-Length), as a client streaming a large file sends it: the test writes the body
 * to {@link #body()} at its own pace, and closing it ends the upload.
 *
 * @param body   where the test writes the upload
 * @param answer the service's answer, once it comes
 */
public record ChunkedUpload(OutputStream body, CompletableFuture<HttpResponse<String>> answer) {

    public static ChunkedUpload start(URI target) throws IOException {
        PipedInputStream in = new PipedInputStream(64 * 1024);
        OutputStream body = new PipedOutputStream(in);
        HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> in)).build();
        // HTTP/1.1: an h2c upgrade attempt could hold the body back until it is complete.
        return new ChunkedUpload(body, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
}
