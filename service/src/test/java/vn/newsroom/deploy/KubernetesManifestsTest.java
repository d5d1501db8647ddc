package vn.newsroom.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay of k8s/, rendered as kubectl apply -k would ({@link Kustomize}) and read with fabric8's Kubernetes
 * model, is something a cluster accepts and that works together. Each test lists every problem it finds.
 */
class KubernetesManifestsTest {

    /** The ECK operator's namespace in its default installation: it manages the cluster through its HTTP port. */
    private static final String ECK_NAMESPACE = "elastic-system";
    /** Where Prometheus runs: the only namespace that may scrape the management port. */
    private static final String MONITORING_NAMESPACE = "monitoring";
    /** The container port of Quarkus' management interface: probes, health and metrics. */
    private static final String MANAGEMENT_PORT = "management";

    static List<RenderedOverlay> overlays() {
        return RenderedOverlay.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsAKnownKindWithOnlyKnownFields(RenderedOverlay overlay) {
        List<String> problems = new ArrayList<>();
        overlay.unknownKinds.stream()
                .filter(object -> !(EckElasticsearch.API_VERSION.equals(object.getApiVersion()) && EckElasticsearch.KIND.equals(object.getKind())))
                .forEach(object -> problems.add("unknown kind " + object.getApiVersion() + " " + object.getKind()));
        overlay.objects.forEach(object -> problems.addAll(UnknownFields.in(object, describe(object))));
        overlay.elasticsearches().forEach(elasticsearch -> problems.addAll(elasticsearch.problems()));
        assertEquals(List.of(), problems, overlay.name);
        assertFalse(overlay.objects.isEmpty(), overlay.name + " renders nothing");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasResourceRequestsAndLimits(RenderedOverlay overlay) {
        List<String> problems = new ArrayList<>();
        for (PodTemplate pod : overlay.pods()) {
            pod.containers().forEach(container -> {
                ResourceRequirements resources = Optional.ofNullable(container.getResources()).orElseGet(ResourceRequirements::new);
                for (String resource : List.of("cpu", "memory")) {
                    if (!has(resources.getRequests(), resource) || !has(resources.getLimits(), resource)) {
                        problems.add(pod.owner() + " container " + container.getName() + ": no " + resource + " request and limit");
                    }
                }
            });
        }
        assertEquals(List.of(), problems, overlay.name);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageIsPinned(RenderedOverlay overlay) {
        List<String> images = new ArrayList<>(overlay.pods().stream().flatMap(PodTemplate::containers)
                .filter(container -> !container.getName().equals("elasticsearch") || container.getImage() != null)
                .map(Container::getImage).toList());
        overlay.elasticsearches().forEach(elasticsearch -> images.add(elasticsearch.image()));
        List<String> unpinned = images.stream().filter(image -> !ContainerImages.isPinned(image)).toList();
        assertEquals(List.of(), unpinned, overlay.name + ": images need an exact tag or a digest");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConfigMapAndSecretReferenceExists(RenderedOverlay overlay) {
        Map<String, Set<String>> configMaps = overlay.configMaps();
        Map<String, Set<String>> secrets = overlay.secrets();
        List<String> problems = new ArrayList<>();
        for (PodTemplate pod : overlay.pods()) {
            pod.containers().forEach(container -> {
                String at = pod.owner() + " container " + container.getName();
                for (EnvVar env : container.getEnv()) {
                    Optional.ofNullable(env.getValueFrom()).map(source -> source.getConfigMapKeyRef()).ifPresent(ref ->
                            check(configMaps, "ConfigMap", ref.getName(), ref.getKey(), ref.getOptional(), at + " env " + env.getName(), problems));
                    Optional.ofNullable(env.getValueFrom()).map(source -> source.getSecretKeyRef()).ifPresent(ref ->
                            check(secrets, "Secret", ref.getName(), ref.getKey(), ref.getOptional(), at + " env " + env.getName(), problems));
                }
                container.getEnvFrom().forEach(source -> {
                    Optional.ofNullable(source.getConfigMapRef()).ifPresent(ref ->
                            check(configMaps, "ConfigMap", ref.getName(), null, ref.getOptional(), at + " envFrom", problems));
                    Optional.ofNullable(source.getSecretRef()).ifPresent(ref ->
                            check(secrets, "Secret", ref.getName(), null, ref.getOptional(), at + " envFrom", problems));
                });
            });
            pod.spec().getVolumes().forEach(volume -> {
                String at = pod.owner() + " volume " + volume.getName();
                Optional.ofNullable(volume.getSecret()).ifPresent(source -> {
                    check(secrets, "Secret", source.getSecretName(), null, source.getOptional(), at, problems);
                    source.getItems().forEach(item -> check(secrets, "Secret", source.getSecretName(), item.getKey(), source.getOptional(), at, problems));
                });
                Optional.ofNullable(volume.getConfigMap()).ifPresent(source -> {
                    check(configMaps, "ConfigMap", source.getName(), null, source.getOptional(), at, problems);
                    source.getItems().forEach(item -> check(configMaps, "ConfigMap", source.getName(), item.getKey(), source.getOptional(), at, problems));
                });
            });
        }
        for (EckElasticsearch elasticsearch : overlay.elasticsearches()) {
            elasticsearch.referencedSecrets().forEach((name, keys) -> keys.forEach(key ->
                    check(secrets, "Secret", name, key, false, EckElasticsearch.KIND + " " + elasticsearch.name() + " auth", problems)));
        }
        assertEquals(List.of(), problems, overlay.name);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySelectorAndTargetMatchesSomething(RenderedOverlay overlay) {
        List<PodTemplate> pods = overlay.pods();
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            if (!new PodTemplate("", deployment.getSpec().getTemplate().getMetadata().getLabels(), null).matches(deployment.getSpec().getSelector())) {
                problems.add(describe(deployment) + ": selector does not match its own pod template");
            }
        }
        for (Service service : overlay.all(Service.class)) {
            List<PodTemplate> selected = pods.stream().filter(pod -> pod.matches(service.getSpec().getSelector())).toList();
            if (selected.isEmpty()) {
                problems.add(describe(service) + ": selector matches no pod template");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                boolean served = selected.stream().flatMap(PodTemplate::containers).flatMap(container -> container.getPorts().stream())
                        .anyMatch(containerPort -> servesPort(containerPort, port));
                if (!served) {
                    problems.add(describe(service) + ": port " + port.getName() + " targets no container port of its pods");
                }
            }
        }
        for (PodDisruptionBudget budget : overlay.all(PodDisruptionBudget.class)) {
            matchesSome(pods, budget.getSpec().getSelector(), describe(budget) + " selector", problems);
        }
        for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
            matchesSome(pods, policy.getSpec().getPodSelector(), describe(policy) + " podSelector", problems);
            policy.getSpec().getIngress().forEach(rule -> rule.getFrom().stream().map(NetworkPolicyPeer::getPodSelector)
                    .filter(Objects::nonNull).forEach(selector -> matchesSome(pods, selector, describe(policy) + " ingress from", problems)));
        }
        for (HorizontalPodAutoscaler autoscaler : overlay.all(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(target.getKind()) || overlay.named(Deployment.class, target.getName()).isEmpty()) {
                problems.add(describe(autoscaler) + ": scales " + target.getKind() + " " + target.getName() + ", which does not exist");
            }
        }
        assertEquals(List.of(), problems, overlay.name);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServiceRunsLockedDownWithProbesOnItsManagementPort(RenderedOverlay overlay) {
        Deployment deployment = ServiceDeployment.of(overlay);
        var pod = deployment.getSpec().getTemplate().getSpec();
        Container service = ServiceDeployment.container(overlay);
        List<String> problems = new ArrayList<>();
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            problems.add("the service account token is mounted");
        }
        if (!Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
            problems.add("runAsNonRoot is not set");
        }
        if (!Boolean.TRUE.equals(service.getSecurityContext().getReadOnlyRootFilesystem())) {
            problems.add("the root filesystem is writable");
        }
        ServiceDeployment.probes(service).forEach((probe, action) -> {
            if (action == null) {
                problems.add(probe + " has no HTTP GET");
            } else if (!MANAGEMENT_PORT.equals(action.getPort().getStrVal())) {
                problems.add(probe + " asks port " + action.getPort() + ", not the named container port " + MANAGEMENT_PORT);
            }
        });
        assertEquals(List.of(), problems, overlay.name);
    }

    /** Health and metrics stay inside: no Service exposes the management port, and only monitoring may connect to it. */
    @ParameterizedTest
    @MethodSource("overlays")
    void theManagementPortIsExposedByNoServiceAndOpenOnlyToMonitoring(RenderedOverlay overlay) {
        Container service = ServiceDeployment.container(overlay);
        ContainerPort management = service.getPorts().stream().filter(port -> MANAGEMENT_PORT.equals(port.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay.name + ": no container port " + MANAGEMENT_PORT));
        PodTemplate servicePod = overlay.pods().stream()
                .filter(pod -> pod.owner().equals("Deployment " + ServiceDeployment.NAME)).findFirst().orElseThrow();
        List<String> problems = new ArrayList<>();
        for (Service exposing : overlay.all(Service.class)) {
            if (servicePod.matches(exposing.getSpec().getSelector())) {
                exposing.getSpec().getPorts().stream().filter(port -> servesPort(management, port))
                        .forEach(port -> problems.add(describe(exposing) + " exposes the management port as " + port.getName()));
            }
        }
        List<NetworkPolicy> guarding = overlay.all(NetworkPolicy.class).stream()
                .filter(policy -> servicePod.matches(policy.getSpec().getPodSelector()))
                .filter(policy -> policy.getSpec().getPolicyTypes().contains("Ingress"))
                .toList();
        if (guarding.isEmpty()) {
            problems.add("no ingress policy selects the service's pods: anyone may reach the management port");
        }
        guarding.stream().flatMap(policy -> policy.getSpec().getIngress().stream())
                .filter(rule -> rule.getPorts().isEmpty() || rule.getPorts().stream()
                        .anyMatch(port -> management.getContainerPort().equals(port.getPort().getIntVal())
                                || MANAGEMENT_PORT.equals(port.getPort().getStrVal())))
                .flatMap(rule -> rule.getFrom().isEmpty() ? java.util.stream.Stream.of((NetworkPolicyPeer) null) : rule.getFrom().stream())
                .filter(peer -> peer == null || peer.getNamespaceSelector() == null || peer.getIpBlock() != null
                        || !Map.of("kubernetes.io/metadata.name", MONITORING_NAMESPACE).equals(peer.getNamespaceSelector().getMatchLabels()))
                .forEach(peer -> problems.add("the management port is open to " + (peer == null ? "everyone" : peer)));
        assertEquals(List.of(), problems, overlay.name);
    }

    /**
     * The policies that select Elasticsearch's pods admit port 9200 from the service's pods and, necessarily, the
     * ECK operator's namespace; nothing else.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheServiceReachesElasticsearchHttp(RenderedOverlay overlay) {
        List<String> problems = new ArrayList<>();
        PodTemplate servicePod = overlay.pods().stream()
                .filter(pod -> pod.owner().equals("Deployment " + ServiceDeployment.NAME)).findFirst().orElseThrow();
        for (EckElasticsearch elasticsearch : overlay.elasticsearches()) {
            List<NetworkPolicy> guarding = overlay.all(NetworkPolicy.class).stream()
                    .filter(policy -> elasticsearch.pods().stream().allMatch(pod -> pod.matches(policy.getSpec().getPodSelector())))
                    .filter(policy -> policy.getSpec().getPolicyTypes().contains("Ingress"))
                    .toList();
            if (guarding.isEmpty()) {
                problems.add("no ingress policy selects the pods of " + elasticsearch.name() + ": anyone may connect");
            }
            guarding.stream().flatMap(policy -> policy.getSpec().getIngress().stream())
                    .filter(rule -> rule.getPorts().isEmpty()
                            || rule.getPorts().stream().anyMatch(port -> port.getPort().getIntVal() == EckElasticsearch.httpPort()))
                    .flatMap(rule -> rule.getFrom().isEmpty() ? java.util.stream.Stream.of((NetworkPolicyPeer) null) : rule.getFrom().stream())
                    .forEach(peer -> {
                        boolean service = peer != null && peer.getNamespaceSelector() == null && peer.getIpBlock() == null
                                && peer.getPodSelector() != null && servicePod.matches(peer.getPodSelector())
                                && overlay.pods().stream().filter(pod -> pod.matches(peer.getPodSelector())).count() == 1;
                        boolean operator = peer != null && peer.getPodSelector() == null && peer.getNamespaceSelector() != null
                                && Map.of("kubernetes.io/metadata.name", ECK_NAMESPACE).equals(peer.getNamespaceSelector().getMatchLabels());
                        if (!service && !operator) {
                            problems.add(elasticsearch.name() + " port 9200 is open to " + (peer == null ? "everyone" : peer));
                        }
                    });
        }
        assertEquals(List.of(), problems, overlay.name);
    }

    /** The service is pointed at ECK's HTTP Service, and at a CA file that its pod mounts from ECK's Secret. */
    @ParameterizedTest
    @MethodSource("overlays")
    void theServiceIsPointedAtTheClusterItDeploys(RenderedOverlay overlay) {
        Map<String, String> settings = ServiceDeployment.settings(overlay);
        EckElasticsearch elasticsearch = overlay.elasticsearches().getFirst();
        assertEquals(elasticsearch.httpService() + ":" + EckElasticsearch.httpPort(), settings.get("QUARKUS_ELASTICSEARCH_HOSTS"));
        assertEquals("https", settings.get("QUARKUS_ELASTICSEARCH_PROTOCOL"));
        String ca = settings.get("NEWS_ELASTICSEARCH_CA_CERTIFICATE");
        Container service = ServiceDeployment.container(overlay);
        var mount = service.getVolumeMounts().stream().filter(m -> ca.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(overlay.name + ": " + ca + " is on no mounted volume"));
        var volume = ServiceDeployment.of(overlay).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertEquals(elasticsearch.name() + "-es-http-certs-public", volume.getSecret().getSecretName());
        assertEquals(ca.substring(mount.getMountPath().length() + 1), volume.getSecret().getItems().getFirst().getPath());
    }

    private static void check(Map<String, Set<String>> existing, String kind, String name, String key, Boolean optional,
            String at, List<String> problems) {
        if (Boolean.TRUE.equals(optional)) {
            return;
        }
        if (!existing.containsKey(name)) {
            problems.add(at + ": " + kind + " " + name + " does not exist");
        } else if (key != null && !existing.get(name).contains(key)) {
            problems.add(at + ": " + kind + " " + name + " has no key " + key + " (it has " + existing.get(name) + ")");
        }
    }

    private static void matchesSome(List<PodTemplate> pods, LabelSelector selector, String at, List<String> problems) {
        if (pods.stream().noneMatch(pod -> pod.matches(selector))) {
            problems.add(at + " matches no pod template");
        }
    }

    private static boolean servesPort(ContainerPort containerPort, ServicePort port) {
        var target = port.getTargetPort();
        if (target == null) {
            return containerPort.getContainerPort().equals(port.getPort());
        }
        return target.getStrVal() != null ? target.getStrVal().equals(containerPort.getName())
                : target.getIntVal().equals(containerPort.getContainerPort());
    }

    private static boolean has(Map<String, Quantity> quantities, String resource) {
        return quantities != null && quantities.containsKey(resource);
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
