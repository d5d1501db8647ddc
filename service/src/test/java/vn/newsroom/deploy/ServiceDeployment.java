package vn.newsroom.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's Deployment in a rendered overlay, and what it asks of the running service. */
final class ServiceDeployment {

    static final String NAME = "news-search";
    static final String CONTAINER = "service";

    private ServiceDeployment() {
    }

    static Deployment of(RenderedOverlay overlay) {
        return overlay.named(Deployment.class, NAME)
                .orElseThrow(() -> new AssertionError(overlay.name + " has no Deployment " + NAME));
    }

    static Container container(RenderedOverlay overlay) {
        return of(overlay).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals(CONTAINER)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay.name + ": Deployment " + NAME + " has no container " + CONTAINER));
    }

    /** Each probe by name with its HTTP GET; null where the probe or its HTTP GET is missing. */
    static Map<String, HTTPGetAction> probes(Container container) {
        Map<String, HTTPGetAction> probes = new LinkedHashMap<>();
        probes.put("startupProbe", httpGet(container.getStartupProbe()));
        probes.put("readinessProbe", httpGet(container.getReadinessProbe()));
        probes.put("livenessProbe", httpGet(container.getLivenessProbe()));
        return probes;
    }

    /** Paths Kubernetes and Prometheus will request: each probe's, and the scrape annotation's. */
    static List<String> requestedPaths(RenderedOverlay overlay) {
        List<String> paths = new ArrayList<>();
        probes(container(overlay)).values().stream().filter(action -> action != null).map(HTTPGetAction::getPath).forEach(paths::add);
        Optional.ofNullable(of(overlay).getSpec().getTemplate().getMetadata().getAnnotations())
                .map(annotations -> annotations.get("prometheus.io/path")).ifPresent(paths::add);
        return paths;
    }

    /** The service's environment with ConfigMap references resolved (Secret values left out). */
    static Map<String, String> settings(RenderedOverlay overlay) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (EnvVar env : container(overlay).getEnv()) {
            if (env.getValue() != null) {
                settings.put(env.getName(), env.getValue());
            } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = env.getValueFrom().getConfigMapKeyRef();
                overlay.named(ConfigMap.class, ref.getName()).map(map -> map.getData().get(ref.getKey()))
                        .ifPresent(value -> settings.put(env.getName(), value));
            }
        }
        return settings;
    }

    private static HTTPGetAction httpGet(Probe probe) {
        return probe == null ? null : probe.getHttpGet();
    }
}
