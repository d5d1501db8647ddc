package vn.newsroom.connection;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Stands in for a production cluster's front door: HTTPS with a certificate from a private CA (generated here with the
 * JDK's keytool, as ECK generates its own) and basic authentication. Records each authenticated request's path and
 * X-Opaque-Id, and each request it had to challenge for credentials, into the test's
 * {@code BlockingQueue<Map<String, String>>} field; answers document look-ups with
 * "not found" and everything else with 503.
 */
public class FakeSecuredElasticsearch implements QuarkusTestResourceLifecycleManager {

    static final String USER = "news-search";
    static final String PASSWORD = "s3cret-for-tests";
    private static final String STORE_PASSWORD = "changeit";

    private final BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
    private HttpsServer server;
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("fake-elasticsearch");
            Path keystore = dir.resolve("http.p12");
            Path ca = dir.resolve("ca.crt");
            keytool("-genkeypair", "-alias", "http", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "http", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                    "-file", ca.toString());
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keystore)));
            server.createContext("/", this::answer);
            server.start();
            return Map.of(
                    "quarkus.elasticsearch.hosts", "127.0.0.1:" + server.getAddress().getPort(),
                    "quarkus.elasticsearch.protocol", "https",
                    "quarkus.elasticsearch.username", USER,
                    "quarkus.elasticsearch.password", PASSWORD,
                    "news.elasticsearch.ca-certificate", ca.toString(),
                    "news.index.retry-interval", "1h",
                    "news.index.startup-wait", "0s");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the fake secured Elasticsearch", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(received, new TestInjector.MatchesType(BlockingQueue.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind harms nothing.
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String path = exchange.getRequestURI().getPath();
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            received.add(Map.of("path", path, "challenged", "true"));
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
            respond(exchange, 401, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication\"},\"status\":401}");
            return;
        }
        String opaqueId = exchange.getRequestHeaders().getFirst("X-Opaque-Id");
        received.add(Map.of("path", path, "opaqueId", opaqueId == null ? "" : opaqueId));
        if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/articles/_doc/")) {
            String id = path.substring("/articles/_doc/".length());
            respond(exchange, 404, "{\"_index\":\"articles-v1\",\"_id\":\"" + id + "\",\"found\":false}");
        } else {
            respond(exchange, 503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"fake\"},\"status\":503}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
