package io.maestro.discovery.provider.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the file-based providers' fixtures share: uploads served by the contract test's recorded server-app, and a
 * loopback port nothing listens on for their SSH refusal.
 */
final class UploadedFilesRecording {

    private UploadedFilesRecording() {
    }

    /** Serves each file as server-app's {@code GET /users/upload/file?filename=<name>}; returns their {@code artifacts}. */
    static String serve(WireMockServer serverApp, Map<String, byte[]> files) {
        serverApp.resetAll();
        files.forEach((name, content) -> serverApp.stubFor(get(urlPathEqualTo("/users/upload/file"))
                .withQueryParam("filename", equalTo(name))
                .willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(content))));
        return files.keySet().stream().map(name -> "{\"filename\":\"" + name + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The credentials of an SSH source on a loopback port nothing listens on. */
    static Map<String, String> closedSsh(String path, String password) {
        return Map.of("host", "127.0.0.1", "port", String.valueOf(closedPort()), "user", "maestro", "path", path,
                "password", password);
    }

    /** A loopback port nothing listens on: taken and released at once. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
