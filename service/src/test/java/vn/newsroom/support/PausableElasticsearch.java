package vn.newsroom.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.Map;

/**
 * The disposable plugin-less Elasticsearch of scripts/test (NEWS_TEST_CORE_ELASTICSEARCH_HOSTS), which tests may pause
 * with SIGSTOP as a hung cluster would be: the port still accepts connections, nothing answers. Every pause must be
 * resumed, since other tests use that cluster after.
 */
public final class PausableElasticsearch {

    public static final String HOSTS = "NEWS_TEST_CORE_ELASTICSEARCH_HOSTS";
    public static final String PID = "NEWS_TEST_CORE_ELASTICSEARCH_PID";

    private PausableElasticsearch() {
    }

    /**
     * The service on that cluster, under its own alias so that what the tests write stays out of the others' index;
     * bulk limits small enough to cross in a test, and writes that give up after 2 s. One profile for all such
     * tests, so the service restarts once for them.
     */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.elasticsearch.hosts", System.getenv(HOSTS),
                    "news.index.alias", "outage",
                    "news.documents.max-bulk-body-size", "64K",
                    "news.bulk.batch-articles", "10",
                    "news.elasticsearch.write-timeout", "2s",
                    // shorter than a search's deadline, so a search that waits for Elasticsearch outlasts it
                    "news.http.body-read-timeout", "1s");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static void pause() {
        signal("-STOP");
    }

    public static void resume() {
        signal("-CONT");
    }

    private static void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", signal, System.getenv(PID)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
