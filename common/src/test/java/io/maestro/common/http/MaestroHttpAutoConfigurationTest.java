package io.maestro.common.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The peers and the timeout come from a service's {@code maestro.*} properties; the token from its bean. */
class MaestroHttpAutoConfigurationTest {

    private WireMockServer peer;

    @BeforeEach
    void startPeer() {
        peer = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        peer.start();
    }

    private String peerUrl() {
        return "http://127.0.0.1:" + peer.port();
    }

    @AfterEach
    void stopPeer() {
        peer.stop();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class,
                        MaestroHttpAutoConfiguration.class))
                .withBean(ServiceTokenSource.class, () -> () -> "JWT service-token")
                .withPropertyValues("maestro.peers.analytics-front=" + peerUrl(), "maestro.timeout=10000");
    }

    @Test
    void peersAndTimeoutAreBoundFromMaestroProperties() {
        service().run(context -> {
            PeerProperties properties = context.getBean(PeerProperties.class);
            assertThat(properties.timeout()).isEqualTo(Duration.ofMillis(10000));
            assertThat(properties.baseUrl(PeerService.ANALYTICS_FRONT)).hasToString(peerUrl());
            assertThat(properties.isConfigured(PeerService.DATA)).isFalse();
        });
    }

    @Test
    void callsCarryTheServiceTokenAndFailFastOnASlowPeer() {
        peer.stubFor(get("/graphs/1").willReturn(okJson("{\"ok\":true}")));
        peer.stubFor(get("/graphs/2").willReturn(okJson("{}").withFixedDelay(20_000)));

        service().run(context -> {
            PeerClients clients = context.getBean(PeerClients.class);
            assertThat(clients.client(PeerService.ANALYTICS_FRONT).get().uri("/graphs/1").retrieve().body(String.class))
                    .contains("ok");
            assertThatThrownBy(() -> clients.client(PeerService.ANALYTICS_FRONT).get().uri("/graphs/2")
                    .retrieve().body(String.class)).isInstanceOf(ServiceUnavailableException.class);
        });
        peer.verify(getRequestedFor(urlEqualTo("/graphs/1")).withHeader("Authorization", equalTo("JWT service-token")));
    }

    @Test
    void theDefaultTimeoutIsTenSeconds() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MaestroHttpAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(PeerProperties.class).timeout()).isEqualTo(Duration.ofSeconds(10)));
    }
}
