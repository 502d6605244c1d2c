package io.maestro.standalone;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the standalone runtime keeps its data and which addresses it takes, read from the environment:
 * <ul>
 *   <li>{@code MAESTRO_DATA_DIR} (default {@code ./data}): store, secrets, log and pid file;</li>
 *   <li>{@code MAESTRO_BIND} (default {@code 127.0.0.1}): the interface the ten services listen on
 *       ({@code 0.0.0.0} opens them to the network; the store and the broker always stay on loopback);</li>
 *   <li>{@code MAESTRO_PORT_OFFSET} (default 0): added to every port, to run a second copy or tests side by side;</li>
 *   <li>{@code MAESTRO_STORE_PORT} (default 27027 + offset), {@code MAESTRO_BROKER_PORT} (default 5682 + offset);</li>
 *   <li>{@code MAESTRO_PUBLIC_HOST} (default {@code localhost}): the host name browsers use, for the URLs
 *       handed to the dashboard.</li>
 * </ul>
 */
public record StandaloneSettings(Path dataDirectory, String bindAddress, int portOffset, int storePort,
                                 int brokerPort, String publicHost) {

    public static final int DEFAULT_STORE_PORT = 27027;
    public static final int DEFAULT_BROKER_PORT = 5682;

    public static StandaloneSettings fromEnvironment(Map<String, String> environment) {
        int offset = Integer.parseInt(environment.getOrDefault("MAESTRO_PORT_OFFSET", "0"));
        return new StandaloneSettings(
                Path.of(environment.getOrDefault("MAESTRO_DATA_DIR", "data")).toAbsolutePath().normalize(),
                environment.getOrDefault("MAESTRO_BIND", "127.0.0.1"),
                offset,
                Integer.parseInt(environment.getOrDefault("MAESTRO_STORE_PORT", String.valueOf(DEFAULT_STORE_PORT + offset))),
                Integer.parseInt(environment.getOrDefault("MAESTRO_BROKER_PORT", String.valueOf(DEFAULT_BROKER_PORT + offset))),
                environment.getOrDefault("MAESTRO_PUBLIC_HOST", "localhost"));
    }

    public int port(MaestroService service) {
        return service.defaultPort() + portOffset;
    }

    /** How one service reaches another inside the runtime. */
    public String internalUrl(MaestroService service) {
        boolean wildcard = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
        return "http://" + (wildcard ? "127.0.0.1" : bindAddress) + ":" + port(service);
    }

    /** How a browser reaches a service. */
    public String publicUrl(MaestroService service) {
        return "http://" + publicHost + ":" + port(service);
    }

    /**
     * The origins the bundled dashboard is opened from, which the APIs accept for cross-origin calls (S10): the public
     * host, and localhost by either name.
     */
    public String dashboardOrigins() {
        int port = port(MaestroService.CLIENT);
        return Stream.of(publicHost, "localhost", "127.0.0.1").distinct()
                .map(host -> "http://" + host + ":" + port)
                .collect(Collectors.joining(","));
    }
}
