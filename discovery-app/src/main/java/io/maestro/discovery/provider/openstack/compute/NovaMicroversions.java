package io.maestro.discovery.provider.openstack.compute;

import static io.maestro.discovery.provider.support.Payloads.map;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.openstack.OpenStackService;
import io.maestro.discovery.provider.openstack.OpenStackSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compute microversion discovery asks Nova for, negotiated as OpenStack's clients do: the endpoint's version
 * document ({@code GET <endpoint>}, without the project id some catalogs append) gives the range the cloud accepts
 * ({@code version.min_version} to {@code version.version}), and the highest one discovery understands within it is
 * sent on every compute request ({@code OpenStack-API-Version: compute 2.x}, and the pre-Pike
 * {@code X-OpenStack-Nova-API-Version}). A cloud without a microversion discovery reads (the v2.0 API, or a minimum
 * above {@link #NEWEST}) has its compute tasks end "service not available in this cloud". A connection's choice is
 * kept for {@link #KEPT}, then the range read again, so that an upgraded cloud is read at its new microversion.
 */
public final class NovaMicroversions {

    /** Nova's base microversion, the 2.1 API: a server names its flavor ({@code {id, links}}). */
    static final Microversion OLDEST = new Microversion(2, 1);
    /**
     * The newest whose answers the translations read: 2.47 embeds the flavor in the server ({@code vcpus},
     * {@code ram}, {@code original_name}), 2.61 gives a flavor's {@code extra_specs}, 2.79 an attached volume's
     * {@code delete_on_termination}.
     */
    static final Microversion NEWEST = new Microversion(2, 79);
    static final Duration KEPT = Duration.ofHours(1);
    private static final String LABEL = OpenStackService.COMPUTE.label();

    private final OpenStackSessions sessions;
    private final Clock clock;
    /** Per connection and compute endpoint. */
    private final Map<String, Negotiated> negotiated = new ConcurrentHashMap<>();

    /** A compute microversion, {@code 2.79}: compared by its major then its minor number. */
    record Microversion(int major, int minor) implements Comparable<Microversion> {

        /** {@code "2.79"}; none for the empty string the v2.0 API answers (it has no microversions). */
        static Optional<Microversion> parse(Object text) {
            String version = text == null ? "" : String.valueOf(text).strip();
            int dot = version.indexOf('.');
            try {
                return dot < 0 ? Optional.empty() : Optional.of(new Microversion(
                        Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1))));
            } catch (NumberFormatException unreadable) {
                return Optional.empty();
            }
        }

        @Override
        public int compareTo(Microversion other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    private record Negotiated(Microversion microversion, Instant readAt) {
    }

    public NovaMicroversions(OpenStackSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The microversion headers of a request to the compute endpoint. */
    public Map<String, String> headers(SyncConnection connection, String endpoint) {
        String version = negotiate(connection, endpoint).toString();
        return Map.of("OpenStack-API-Version", "compute " + version, "X-OpenStack-Nova-API-Version", version);
    }

    /**
     * The highest microversion discovery reads that the endpoint accepts.
     *
     * @throws ProviderException "service not available in this cloud" when there is none
     */
    Microversion negotiate(SyncConnection connection, String endpoint) {
        String key = connection.id() + " " + endpoint;
        Negotiated known = negotiated.get(key);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.readAt().plus(KEPT))) {
            return known.microversion();
        }
        Microversion chosen = choose(connection, endpoint);
        negotiated.put(key, new Negotiated(chosen, now));
        return chosen;
    }

    private Microversion choose(SyncConnection connection, String endpoint) {
        String document = versionDocument(connection, endpoint);
        Map<String, Object> answer = sessions.get(connection, LABEL + " version document", document);
        Map<String, Object> version = map(answer, "version").orElse(Map.of());
        Optional<Microversion> max = Microversion.parse(version.get("version"));
        Optional<Microversion> min = Microversion.parse(version.get("min_version"));
        if (max.isEmpty() || max.get().compareTo(OLDEST) < 0) {
            throw new ProviderException(LABEL + ": service not available in this cloud (its endpoint answers no"
                    + " microversion" + max.map(v -> " above " + v).orElse(", the v2.0 API") + "; discovery reads "
                    + OLDEST + " to " + NEWEST + ": list Nova's v2.1 endpoint in the catalog)");
        }
        if (min.isPresent() && min.get().compareTo(NEWEST) > 0) {
            throw new ProviderException(LABEL + ": service not available in this cloud (it accepts microversions "
                    + min.get() + " to " + max.get() + "; discovery reads " + OLDEST + " to " + NEWEST + ")");
        }
        return max.get().compareTo(NEWEST) < 0 ? max.get() : NEWEST;
    }

    /** The endpoint's version document: the endpoint itself, less the token's project id some catalogs append. */
    private String versionDocument(SyncConnection connection, String endpoint) {
        Optional<String> project = sessions.projectId(connection);
        return project.filter(id -> endpoint.endsWith("/" + id))
                .map(id -> endpoint.substring(0, endpoint.length() - id.length() - 1)).orElse(endpoint);
    }
}
