package vn.newsroom.documents;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies within a size limit, refusing a declared length over it before reading anything. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The request's Content-Type; without one, the body's format is unknown and the answer is 415. */
    public static MediaType contentType(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type == null) {
            throw new NotSupportedException("A Content-Type header is required.");
        }
        return type;
    }

    /**
     * The body as a stream that fails with {@link BodyTooLargeException} once more than {@code limit} bytes came, and
     * with {@link UnreadableBodyException} when the client's connection fails under it.
     *
     * @param declaredLength the Content-Length, or -1 when the body is chunked
     */
    public static InputStream limited(InputStream body, long declaredLength, long limit) {
        if (declaredLength > limit) {
            throw new BodyTooLargeException(limit);
        }
        return new FilterInputStream(body) {
            private long count;

            @Override
            public int read() {
                try {
                    int b = super.read();
                    if (b >= 0) {
                        counted(1);
                    }
                    return b;
                } catch (IOException e) {
                    throw new UnreadableBodyException(e);
                }
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                try {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        counted(n);
                    }
                    return n;
                } catch (IOException e) {
                    throw new UnreadableBodyException(e);
                }
            }

            private void counted(int n) {
                count += n;
                if (count > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
        };
    }

    /** The whole body, which must not be empty. */
    static byte[] readAll(InputStream body, long declaredLength, long limit) {
        try (InputStream in = limited(body, declaredLength, limit)) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                throw InvalidDocumentException.unreadable("The request body is empty: send the article.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }
}
