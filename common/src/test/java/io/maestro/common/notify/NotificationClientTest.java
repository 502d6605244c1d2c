package io.maestro.common.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.client.MaestroClientsAutoConfiguration;
import io.maestro.common.http.MaestroHttpAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Notifications reach websocket-app in the Centrifugo v2 publish format of Maestro 0.6. */
class NotificationClientTest {

    private static final String API_KEY = "test-websocket-api-key";

    private WireMockServer websocket;

    @BeforeEach
    void startWebsocket() {
        websocket = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        websocket.start();
    }

    @AfterEach
    void stopWebsocket() {
        websocket.stop();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class,
                        MaestroHttpAutoConfiguration.class, MaestroClientsAutoConfiguration.class,
                        NotificationAutoConfiguration.class))
                .withPropertyValues("maestro.peers.websocket=http://127.0.0.1:" + websocket.port(), "maestro.timeout=10000",
                        MaestroSecrets.WEBSOCKET_SECRET + "=" + API_KEY);
    }

    @Test
    void publishesToTheOwnerChannelWithTheApiKeyInCentrifugoFormat() {
        websocket.stubFor(post("/api").willReturn(okJson("{}")));

        service().run(context -> {
            boolean delivered = context.getBean(NotificationClient.class).publish("5f1a2b3c4d5e6f7a8b9c0d1e",
                    Notice.success("DC Paris", "Finish Sync - [aws] server-list"),
                    NotificationCallers.connection("6a1b2c3d4e5f6a7b8c9d0e1f"));
            assertThat(delivered).isTrue();
        });

        websocket.verify(postRequestedFor(urlEqualTo("/api"))
                .withHeader("Authorization", equalTo("apikey " + API_KEY))
                .withRequestBody(equalToJson("""
                        {"method": "publish",
                         "params": {"channel": "maestro-5f1a2b3c4d5e6f7a8b9c0d1e",
                                    "data": {"notify": {"title": "DC Paris",
                                                        "msg": "Finish Sync - [aws] server-list",
                                                        "type": "success"},
                                             "event": {"caller": ["connections-update",
                                                                  "connections-6a1b2c3d4e5f6a7b8c9d0e1f"]}}}}
                        """)));
    }

    @Test
    void eventsAlonePublishNoToast() {
        websocket.stubFor(post("/api").willReturn(okJson("{}")));

        service().run(context -> assertThat(context.getBean(NotificationClient.class).publishEvents(
                "5f1a2b3c4d5e6f7a8b9c0d1e", NotificationCallers.connection("6a1b2c3d4e5f6a7b8c9d0e1f"))).isTrue());

        websocket.verify(postRequestedFor(urlEqualTo("/api")).withRequestBody(equalToJson("""
                {"method": "publish",
                 "params": {"channel": "maestro-5f1a2b3c4d5e6f7a8b9c0d1e",
                            "data": {"event": {"caller": ["connections-update",
                                                          "connections-6a1b2c3d4e5f6a7b8c9d0e1f"]}}}}
                """)));
    }

    @Test
    void aRefusalOrAnUnreachableWebsocketIsReportedAsNotDeliveredWithoutThrowing() {
        websocket.stubFor(post("/api").willReturn(okJson("{\"error\":{\"code\":102,\"message\":\"namespace not found\"}}")));

        service().run(context -> {
            NotificationClient client = context.getBean(NotificationClient.class);
            assertThat(client.publish("owner", Notice.info("t", "m"), NotificationCallers.report("r1"))).isFalse();

            websocket.stubFor(post("/api").willReturn(aResponse().withStatus(401)));
            assertThat(client.publish("owner", Notice.warning("t", "m"), NotificationCallers.graph("g1"))).isFalse();

            websocket.stop();
            assertThat(client.publish("owner", Notice.danger("t", "m"), NotificationCallers.graph("g1"))).isFalse();
        });
    }

    @Test
    void everyNoticeTypeAndCallerHasItsMaestroName() {
        websocket.stubFor(post("/api").willReturn(okJson("{}")));

        service().run(context -> context.getBean(NotificationClient.class)
                .publish("u1", Notice.danger("Report", "failed"), NotificationCallers.report("r9")));

        websocket.verify(postRequestedFor(urlEqualTo("/api")).withRequestBody(equalToJson("""
                {"method": "publish", "params": {"channel": "maestro-u1", "data": {
                  "notify": {"title": "Report", "msg": "failed", "type": "danger"},
                  "event": {"caller": ["reports-update", "reports-r9"]}}}}
                """)));
        assertThat(NotificationCallers.graph("g2")).containsExactly("analytics-update", "analytics-g2");
        assertThat(NotificationCallers.connection("c3")).containsExactly("connections-update", "connections-c3");
        assertThat(NoticeType.WARNING.wireName()).isEqualTo("warning");
        assertThat(NoticeType.INFO.wireName()).isEqualTo("info");
    }

    @Test
    void noClientWithoutTheWebsocketApiKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
                        MaestroHttpAutoConfiguration.class, MaestroClientsAutoConfiguration.class,
                        NotificationAutoConfiguration.class))
                .withPropertyValues("maestro.peers.websocket=http://127.0.0.1:" + websocket.port())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(NotificationClient.class);
                });
    }
}
