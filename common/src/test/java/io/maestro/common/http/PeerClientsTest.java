package io.maestro.common.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.maestro.common.testsupport.DribblingPeer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/** Peer calls against WireMock: tokens, answers, and every way a peer can fail. */
class PeerClientsTest {

    /** Generous, so that a loaded build machine does not turn ordinary answers into timeouts. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private static WireMockServer peer;
    private static URI closedPort;

    private final AtomicInteger tokensIssued = new AtomicInteger();
    private PeerClients clients;

    record Server(String name, String ipv4_private) {
    }

    @BeforeAll
    static void startPeer() throws IOException {
        peer = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        peer.start();
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static String peerUrl() {
        return "http://127.0.0.1:" + peer.port();
    }

    @AfterAll
    static void stopPeer() {
        peer.stop();
    }

    @BeforeEach
    void clients() {
        peer.resetAll();
        PeerProperties properties = new PeerProperties(Map.of(
                "data", URI.create(peerUrl()),
                "discovery", closedPort), TIMEOUT);
        clients = new PeerClients(properties, RestClient::builder,
                () -> () -> "JWT token-" + tokensIssued.incrementAndGet());
    }

    @Test
    void aSuccessfulCallReturnsTheTypedBodyAndCarriesAFreshTokenEachTime() {
        peer.stubFor(get("/servers/1").willReturn(okJson("{\"name\":\"web-1\",\"ipv4_private\":\"10.0.0.1\"}")));
        RestClient data = clients.client(PeerService.DATA);

        Server first = data.get().uri("/servers/{id}", 1).retrieve().body(Server.class);
        data.get().uri("/servers/{id}", 1).retrieve().body(Server.class);

        assertThat(first).isEqualTo(new Server("web-1", "10.0.0.1"));
        peer.verify(getRequestedFor(urlEqualTo("/servers/1")).withHeader("Authorization", equalTo("JWT token-1")));
        peer.verify(getRequestedFor(urlEqualTo("/servers/1")).withHeader("Authorization", equalTo("JWT token-2")));
    }

    @Test
    void a4xxBecomesServiceCallExceptionWithStatusAndBody() {
        peer.stubFor(get("/servers/2").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"err\":\"not found\"}")));

        assertThatThrownBy(() -> clients.client(PeerService.DATA).get().uri("/servers/2").retrieve().body(Server.class))
                .asInstanceOf(type(ServiceCallException.class))
                .satisfies(e -> {
                    assertThat(e.service()).isEqualTo(PeerService.DATA);
                    assertThat(e.url()).isEqualTo(URI.create(peerUrl() + "/servers/2"));
                    assertThat(e.status().value()).isEqualTo(404);
                    assertThat(e.body()).isEqualTo("{\"err\":\"not found\"}");
                    assertThat(e.getMessage()).contains("data-app", "404");
                });
    }

    @Test
    void a5xxBecomesServiceUnavailableExceptionWithStatusAndBody() {
        peer.stubFor(get("/servers").willReturn(aResponse().withStatus(500).withBody("boom")));

        assertThatThrownBy(() -> clients.client(PeerService.DATA).get().uri("/servers").retrieve().body(String.class))
                .asInstanceOf(type(ServiceUnavailableException.class))
                .satisfies(e -> {
                    assertThat(e.service()).isEqualTo(PeerService.DATA);
                    assertThat(e.url()).isEqualTo(URI.create(peerUrl() + "/servers"));
                    assertThat(e.status()).contains(HttpStatus.INTERNAL_SERVER_ERROR);
                    assertThat(e.body()).contains("boom");
                });
    }

    @Test
    void aRefusedConnectionBecomesServiceUnavailableExceptionNamingServiceAndUrl() {
        assertThatThrownBy(() -> clients.client(PeerService.DISCOVERY).get().uri("/crawler").retrieve().toBodilessEntity())
                .asInstanceOf(type(ServiceUnavailableException.class))
                .satisfies(e -> {
                    assertThat(e.service()).isEqualTo(PeerService.DISCOVERY);
                    assertThat(e.url()).isEqualTo(URI.create(closedPort + "/crawler"));
                    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
                    assertThat(e.getMessage()).startsWith("discovery-app is unavailable at " + closedPort + "/crawler");
                    assertThat(e.status()).isEmpty();
                });
    }

    @Test
    void anAnswerSlowerThanTheTimeoutBecomesServiceUnavailableException() {
        peer.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(15_000)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient(SHORT_TIMEOUT, URI.create(peerUrl())).client(PeerService.DATA).get()
                .uri("/slow").retrieve().body(String.class))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("data-app is unavailable at " + peerUrl() + "/slow");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    /** A client whose timeout is {@code timeout}, on {@code url} as data-app. */
    private static PeerClients impatient(Duration timeout, URI url) {
        return new PeerClients(new PeerProperties(Map.of("data", url), timeout), RestClient::builder,
                () -> () -> "JWT token");
    }

    private static final Map<String, String> CSV_DOWNLOAD = Map.of("Content-Type", "text/csv",
            "Content-Disposition", "attachment; filename=\"rows.csv\"");
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Test
    void theTimeoutBoundsEachReadNotTheWholeBodySoALongAnswerArrivesWhole() throws IOException {
        Duration timeout = Duration.ofSeconds(2);
        try (DribblingPeer slow = new DribblingPeer()) {
            RestClient client = impatient(timeout, slow.baseUrl()).client(PeerService.DATA);

            // 16 pieces 250 ms apart: nearly 4 s in all, more than the timeout, never a pause near it
            slow.dribble(CSV_DOWNLOAD, "x".repeat(120_000), 16, Duration.ofMillis(250));
            long started = System.nanoTime();
            byte[] downloaded;
            try (InputStream body = client.get().uri("/long.csv").retrieve().body(InputStreamResource.class)
                    .getInputStream()) {
                downloaded = body.readAllBytes();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(timeout);
            assertThat(downloaded.length).isEqualTo(120_000);

            slow.dribble(JSON, "[" + "1,".repeat(30_000) + "1]", 16, Duration.ofMillis(250));
            started = System.nanoTime();
            String buffered = client.get().uri("/long.json").retrieve().body(String.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(timeout);
            assertThat(buffered.length()).isEqualTo(60_003);
        }
    }

    @Test
    void aPeerThatStallsInTheMiddleOfItsBodyIsCutWithATimeout() throws IOException {
        try (DribblingPeer stalling = new DribblingPeer()) {
            RestClient client = impatient(Duration.ofMillis(1500), stalling.baseUrl()).client(PeerService.DATA);

            // the second half would come 30 s after the first
            stalling.dribble(CSV_DOWNLOAD, "x".repeat(120_000), 2, Duration.ofSeconds(30));
            long started = System.nanoTime();
            InputStreamResource download = client.get().uri("/stalled.csv").retrieve().body(InputStreamResource.class);
            assertThatThrownBy(() -> {
                try (InputStream body = download.getInputStream()) {
                    body.readAllBytes();
                }
            }).isInstanceOf(HttpTimeoutException.class).hasMessage("data-app at " + stalling.baseUrl()
                    + "/stalled.csv sent nothing for 1500 ms in the middle of its answer");

            stalling.dribble(JSON, "[" + "1,".repeat(30_000) + "1]", 2, Duration.ofSeconds(30));
            assertThatThrownBy(() -> client.get().uri("/stalled.json").retrieve().body(String.class))
                    .asInstanceOf(type(ServiceUnavailableException.class))
                    .satisfies(e -> {
                        assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
                        assertThat(e.describe()).isEqualTo("data-app did not answer in time");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aConnectionDroppedMidAnswerBecomesServiceUnavailableException() {
        peer.stubFor(get("/broken").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        assertThatThrownBy(() -> clients.client(PeerService.DATA).get().uri("/broken").retrieve().body(String.class))
                .isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void statusIsUpWithTheRootBodyAndAsksForNoToken() {
        peer.stubFor(get("/").willReturn(okJson("{\"app\":\"data-app\",\"version\":\"0.7.0\"}")));

        PeerStatus status = clients.status(PeerService.DATA);

        assertThat(status.isUp()).isTrue();
        assertThat(status.info()).containsEntry("app", "data-app").containsEntry("version", "0.7.0");
        assertThat(status.url()).isEqualTo(URI.create(peerUrl()));
        assertThat(tokensIssued).hasValue(0);
        peer.verify(getRequestedFor(urlEqualTo("/")).withoutHeader("Authorization"));
    }

    @Test
    void statusIsDownWhenThePeerFailsOrCannotBeReached() {
        peer.stubFor(get("/").willReturn(aResponse().withStatus(503).withBody("starting")));

        PeerStatus failing = clients.status(PeerService.DATA);
        PeerStatus unreachable = clients.status(PeerService.DISCOVERY);

        assertThat(failing.state()).isEqualTo(PeerStatus.State.DOWN);
        assertThat(failing.error()).isEqualTo("data-app failed with 503");
        assertThat(unreachable.state()).isEqualTo(PeerStatus.State.DOWN);
        assertThat(unreachable.error()).isEqualTo("discovery-app is unreachable");
    }

    @Test
    void aPeerWithoutBaseUrlIsAConfigurationErrorNamingTheVariable() {
        assertThatThrownBy(() -> clients.client(PeerService.AUDIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maestro.peers.audit")
                .hasMessageContaining("MAESTRO_AUDIT_URI");
    }

    @Test
    void anAuthenticatedClientWithoutTokenSourceIsRefused() {
        PeerClients withoutTokens = new PeerClients(new PeerProperties(Map.of("data", URI.create(peerUrl())),
                TIMEOUT), RestClient::builder, () -> null);

        assertThatThrownBy(() -> withoutTokens.client(PeerService.DATA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ServiceTokenSource");
    }
}
