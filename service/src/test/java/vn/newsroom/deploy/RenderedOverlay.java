package vn.newsroom.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** One overlay of k8s/ rendered by {@link Kustomize} and read into fabric8's Kubernetes model. */
final class RenderedOverlay {

    static final Path K8S = Path.of("..", "k8s");
    private static final KubernetesSerialization MODEL = new KubernetesSerialization();

    final String name;
    final List<HasMetadata> objects = new ArrayList<>();
    /** Objects whose apiVersion and kind the model does not know (ECK's resources among them). */
    final List<GenericKubernetesResource> unknownKinds = new ArrayList<>();

    private RenderedOverlay(String name, List<ObjectNode> rendered) {
        this.name = name;
        for (ObjectNode object : rendered) {
            Class<? extends KubernetesResource> type =
                    MODEL.getRegisteredKubernetesResource(object.path("apiVersion").asText(), object.path("kind").asText());
            if (type == null) {
                unknownKinds.add(MODEL.convertValue(object, GenericKubernetesResource.class));
            } else {
                objects.add((HasMetadata) MODEL.convertValue(object, type));
            }
        }
    }

    static List<RenderedOverlay> all() {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            return overlays.sorted().map(dir -> new RenderedOverlay(dir.getFileName().toString(), Kustomize.build(dir))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst();
    }

    List<EckElasticsearch> elasticsearches() {
        return unknownKinds.stream()
                .filter(object -> EckElasticsearch.API_VERSION.equals(object.getApiVersion()) && EckElasticsearch.KIND.equals(object.getKind()))
                .map(EckElasticsearch::new).toList();
    }

    /** The pods every workload will run: Deployments' templates and ECK's Elasticsearch nodes. */
    List<PodTemplate> pods() {
        List<PodTemplate> pods = new ArrayList<>();
        all(Deployment.class).forEach(deployment -> pods.add(new PodTemplate("Deployment " + deployment.getMetadata().getName(),
                deployment.getSpec().getTemplate().getMetadata().getLabels(), deployment.getSpec().getTemplate().getSpec())));
        elasticsearches().forEach(elasticsearch -> pods.addAll(elasticsearch.pods()));
        return pods;
    }

    /** Every Secret there will be, with its keys: the rendered ones and those ECK creates. */
    Map<String, Set<String>> secrets() {
        Map<String, Set<String>> secrets = new HashMap<>();
        all(Secret.class).forEach(secret -> secrets.put(secret.getMetadata().getName(), keys(secret.getData(), secret.getStringData())));
        elasticsearches().forEach(elasticsearch -> secrets.putAll(elasticsearch.createdSecrets()));
        return secrets;
    }

    Map<String, Set<String>> configMaps() {
        Map<String, Set<String>> configMaps = new HashMap<>();
        all(ConfigMap.class).forEach(map -> configMaps.put(map.getMetadata().getName(), keys(map.getData(), map.getBinaryData())));
        return configMaps;
    }

    private static Set<String> keys(Map<String, String> one, Map<String, String> other) {
        Set<String> keys = new java.util.HashSet<>();
        Optional.ofNullable(one).ifPresent(map -> keys.addAll(map.keySet()));
        Optional.ofNullable(other).ifPresent(map -> keys.addAll(map.keySet()));
        return keys;
    }
}
