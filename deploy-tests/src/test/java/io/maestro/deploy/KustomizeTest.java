package io.maestro.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * Both overlays rendered by {@code kubectl kustomize} (offline), parsed with fabric8's model (a misspelt field is an
 * unknown property and fails) and checked against docker-compose.yml: every service has its Deployment and Service,
 * probes on Spring Boot's health groups, requests and limits, a locked-down security context, every variable its
 * compose entry sets, the same image and port; only the services that call data-app, audit-app, the store and the
 * broker may reach them.
 */
class KustomizeTest {

    private static Path copy;
    private static ComposeFile compose;

    @BeforeAll
    static void copyWithSecrets(@TempDir Path directory) throws Exception {
        copy = directory.resolve("k8s");
        FileSystemUtils.copyRecursively(Repository.file("k8s"), copy);
        Map<String, String> secrets = null;
        for (String overlay : List.of("dev", "prod")) {
            assertThat(copy.resolve("overlays/" + overlay + "/secrets.env")).as("never committed").doesNotExist();
            secrets = EnvFile.generate(copy.resolve("overlays/" + overlay + "/secrets.env"));
        }
        compose = ComposeFile.interpolated(Repository.file("docker-compose.yml"), secrets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsDeployedAsComposeRunsIt(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        ConfigMap config = only(resources, ConfigMap.class, "maestro-config");
        Secret secret = only(resources, Secret.class, "maestro-secrets");
        for (io.maestro.deploy.Service service : io.maestro.deploy.Service.values()) {
            String name = service.module();
            Deployment deployment = named(resources, Deployment.class, name);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);
            assertThat(container.getImage()).as(name).isEqualTo(compose.service(name).get("image"));
            assertThat(container.getPorts().get(0).getContainerPort()).as(name).isEqualTo(service.port());
            Service kubernetesService = named(resources, Service.class, name);
            assertThat(kubernetesService.getSpec().getPorts().get(0).getPort()).as(name).isEqualTo(service.port());
            assertThat(kubernetesService.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());

            assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/readiness");
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).contains("ALL");
            assertThat(container.getVolumeMounts()).as(name + ": a writable /tmp").anyMatch(mount -> mount.getMountPath().equals("/tmp")
                    && pod.getVolumes().stream().anyMatch(volume -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));

            Map<String, String> expected = compose.environment(name);
            Map<String, EnvVar> environment = new LinkedHashMap<>();
            container.getEnv().forEach(variable -> environment.put(variable.getName(), variable));
            assertThat(environment.keySet()).as(name + ": the variables docker-compose.yml sets").containsAll(expected.keySet());
            for (EnvVar variable : container.getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    assertThat(secret.getData()).as(name + " " + variable.getName()).containsKey(variable.getValueFrom().getSecretKeyRef().getKey());
                } else if (variable.getValueFrom() != null) {
                    String key = variable.getValueFrom().getConfigMapKeyRef().getKey();
                    assertThat(config.getData()).as(name + " " + variable.getName()).containsKey(key);
                    if (variable.getName().matches("MAESTRO_[A-Z_]+_URI")) {
                        assertThat(config.getData().get(key)).as(name + " " + key).isEqualTo(expected.get(variable.getName()));
                    }
                } else {
                    assertThat(variable.getValue()).as(name + " " + variable.getName()).isEqualTo(expected.get(variable.getName()));
                }
            }
            assertThat(named(resources, PodDisruptionBudget.class, name).getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            int replicas = deployment.getSpec().getReplicas();
            assertThat(replicas).as(name + " replicas").isEqualTo(overlay.equals("prod") ? 2 : 1);
        }
        for (String scaled : List.of("server-app", "data-app", "discovery-app")) {
            HorizontalPodAutoscaler autoscaler = named(resources, HorizontalPodAutoscaler.class, scaled);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(scaled);
            assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(overlay.equals("prod") ? 2 : 1);
        }
        Set<String> ingressBackends = new TreeSet<>();
        named(resources, Ingress.class, "maestro").getSpec().getRules().forEach(rule -> rule.getHttp().getPaths()
                .forEach(path -> ingressBackends.add(path.getBackend().getService().getName())));
        assertThat(ingressBackends).containsExactlyInAnyOrder("client-app", "server-app", "websocket-app", "analytics-front");
        Set<String> stores = new TreeSet<>();
        resources.stream().filter(StatefulSet.class::isInstance).forEach(set -> stores.add(set.getMetadata().getName()));
        assertThat(stores).as("store and broker in the namespace only in dev")
                .isEqualTo(overlay.equals("dev") ? Set.of("mongodb", "rabbitmq") : Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheServicesThatCallThemReachTheGatewayTheHistoryTheStoreAndTheBroker(String overlay) throws Exception {
        List<HasMetadata> resources = render(overlay);
        List<NetworkPolicy> policies = resources.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast).toList();
        assertThat(policies).as("a default that admits nothing").anyMatch(policy -> selects(policy.getSpec().getPodSelector().getMatchLabels(), Map.of())
                && policy.getSpec().getPolicyTypes().contains("Ingress") && policy.getSpec().getIngress().isEmpty());
        Map<String, String> callers = Map.of("data-app", "MAESTRO_DATA_URI", "audit-app", "MAESTRO_AUDIT_URI",
                "mongodb", "MAESTRO_MONGO_URI", "rabbitmq", "CELERY_BROKER_URL");
        callers.forEach((target, variable) -> {
            Map<String, String> targetLabels = podLabels(resources, target);
            Set<String> admitted = new TreeSet<>();
            Set<String> needing = new TreeSet<>();
            for (io.maestro.deploy.Service service : io.maestro.deploy.Service.values()) {
                Map<String, String> labels = named(resources, Deployment.class, service.module()).getSpec().getTemplate().getMetadata().getLabels();
                if (compose.environment(service.module()).containsKey(variable)) {
                    needing.add(service.module());
                }
                for (NetworkPolicy policy : policies) {
                    if (selects(policy.getSpec().getPodSelector().getMatchLabels(), targetLabels)) {
                        for (var rule : policy.getSpec().getIngress()) {
                            assertThat(rule.getFrom()).as(target + ": open to any source").isNotEmpty();
                            for (NetworkPolicyPeer peer : rule.getFrom()) {
                                assertThat(peer.getNamespaceSelector()).as(target + ": other namespaces (the Ingress)").isNull();
                                assertThat(peer.getIpBlock()).as(target).isNull();
                                if (selects(peer.getPodSelector().getMatchLabels(), labels)) {
                                    admitted.add(service.module());
                                }
                            }
                        }
                    }
                }
            }
            assertThat(admitted).as("who reaches " + target).isEqualTo(needing);
        });
    }

    /** The labels of a Deployment's or StatefulSet's pods; a store or broker outside the namespace has none here. */
    private static Map<String, String> podLabels(List<HasMetadata> resources, String name) {
        for (HasMetadata resource : resources) {
            if (resource.getMetadata().getName().equals(name)) {
                if (resource instanceof Deployment deployment) {
                    return deployment.getSpec().getTemplate().getMetadata().getLabels();
                }
                if (resource instanceof StatefulSet statefulSet) {
                    return statefulSet.getSpec().getTemplate().getMetadata().getLabels();
                }
            }
        }
        return Map.of("app.kubernetes.io/name", name);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector == null || labels.entrySet().containsAll(selector.entrySet());
    }

    private static List<HasMetadata> render(String overlay) throws Exception {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", copy.resolve("overlays/" + overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes());
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS) && kubectl.exitValue() == 0).as("kubectl kustomize " + overlay).isTrue();
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---$")) {
            HasMetadata resource = Serialization.unmarshal(document);
            unknownFields(resource, resource.getKind() + " " + resource.getMetadata().getName());
            resources.add(resource);
        }
        return resources;
    }

    /** Fails on a field fabric8's model does not know (a misspelt one): it lands in getAdditionalProperties(). */
    private static void unknownFields(Object node, String where) throws Exception {
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8")) {
            if (node instanceof Collection<?> items) {
                for (Object item : items) {
                    unknownFields(item, where);
                }
            } else if (node instanceof Map<?, ?> entries && !entries.isEmpty() && !(entries.values().iterator().next() instanceof String)) {
                for (Object value : entries.values()) {
                    unknownFields(value, where);
                }
            }
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = getter.invoke(node);
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as(where + ": fields Kubernetes does not know in " + node.getClass().getSimpleName()).isEmpty();
            } else {
                unknownFields(value, where);
            }
        }
    }

    private static <T extends HasMetadata> T named(List<HasMetadata> resources, Class<T> kind, String name) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    /** A generated one: its name is the generator's plus a hash of its content. */
    private static <T extends HasMetadata> T only(List<HasMetadata> resources, Class<T> kind, String generator) {
        List<T> found = resources.stream().filter(kind::isInstance).map(kind::cast)
                .filter(resource -> resource.getMetadata().getName().startsWith(generator + "-")).toList();
        assertThat(found).as(generator).hasSize(1);
        return found.get(0);
    }
}
