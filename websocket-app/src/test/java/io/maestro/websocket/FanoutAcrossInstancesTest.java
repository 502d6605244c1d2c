package io.maestro.websocket;

import static io.maestro.websocket.PublishApi.broadcast;
import static io.maestro.websocket.PublishApi.newId;
import static io.maestro.websocket.PublishApi.publish;
import static io.maestro.websocket.PublishApi.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two websocket-app instances on one RabbitMQ: a publication received by either one reaches the browsers held by
 * both, through the fanout exchange and each instance's own queue.
 */
class FanoutAcrossInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        return WebsocketApplication.builder()
                .initializers(new MaestroTestEnvironment())
                .run("--server.port=0", "--maestro.peers.server=" + ServerAppStub.baseUrl());
    }

    @AfterAll
    static void stopInstances() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void publicationOnEitherInstanceReachesBrowsersOnBoth() {
        String user = newId();
        String token = tokenFor(user);
        String channel = "maestro-" + user;
        try (BrowserClient onFirst = BrowserClient.open(port(first)).listen(token, channel);
             BrowserClient onSecond = BrowserClient.open(port(second)).listen(token, channel)) {
            assertThat(publish(port(first), channel, "{\"via\":\"first\"}").statusCode()).isEqualTo(200);
            assertThat(onFirst.nextPush().path("data").path("via").asString()).isEqualTo("first");
            assertThat(onSecond.nextPush().path("data").path("via").asString()).isEqualTo("first");

            assertThat(publish(port(second), channel, "{\"via\":\"second\"}").statusCode()).isEqualTo(200);
            assertThat(onFirst.nextPush().path("data").path("via").asString()).isEqualTo("second");
            assertThat(onSecond.nextPush().path("data").path("via").asString()).isEqualTo("second");
        }
    }

    @Test
    void broadcastReachesEachUserOnWhicheverInstanceItIsConnected() throws Exception {
        String alice = newId();
        String bob = newId();
        String carol = newId();
        try (BrowserClient aliceOnFirst = BrowserClient.open(port(first)).listen(tokenFor(alice), "maestro-" + alice);
             BrowserClient bobOnSecond = BrowserClient.open(port(second)).listen(tokenFor(bob), "maestro-" + bob);
             BrowserClient carolOnSecond = BrowserClient.open(port(second)).listen(tokenFor(carol), "maestro-" + carol)) {
            assertThat(broadcast(port(first), "[\"maestro-" + alice + "\",\"maestro-" + bob + "\"]", "{\"n\":1}")
                    .statusCode()).isEqualTo(200);
            assertThat(aliceOnFirst.nextPush().path("channel").asString()).isEqualTo("maestro-" + alice);
            assertThat(bobOnSecond.nextPush().path("channel").asString()).isEqualTo("maestro-" + bob);
            carolOnSecond.assertNoPush(Duration.ofMillis(400));
        }
    }
}
