package vn.newsroom.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
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

    /** A path that Kubernetes or Prometheus will request, and the name of the container port it asks. */
    record Request(String port, String path) {
    }

    /** Requests Kubernetes and Prometheus will make: each probe's, and the scrape annotations'. */
    static List<Request> requests(RenderedOverlay overlay) {
        Container container = container(overlay);
        List<Request> requests = new ArrayList<>();
        probes(container).values().stream().filter(action -> action != null)
                .map(action -> new Request(portName(container, action.getPort()), action.getPath())).forEach(requests::add);
        Map<String, String> annotations = Optional.ofNullable(of(overlay).getSpec().getTemplate().getMetadata().getAnnotations())
                .orElse(Map.of());
        if (annotations.containsKey("prometheus.io/path")) {
            requests.add(new Request(portName(container, new IntOrString(Integer.valueOf(annotations.get("prometheus.io/port")))),
                    annotations.get("prometheus.io/path")));
        }
        return requests;
    }

    /** The name of a container port given by name or number; null when the container has no such port. */
    static String portName(Container container, IntOrString port) {
        return container.getPorts().stream()
                .filter(declared -> port.getStrVal() != null ? port.getStrVal().equals(declared.getName())
                        : port.getIntVal().equals(declared.getContainerPort()))
                .map(ContainerPort::getName).findFirst().orElse(null);
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
