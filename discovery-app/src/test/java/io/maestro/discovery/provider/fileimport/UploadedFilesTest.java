package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.UploadedFiles;
import io.maestro.discovery.provider.support.files.FileSources;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.client.ServerAppClient;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerProperties;
import io.maestro.common.http.PeerService;
import io.maestro.discovery.provider.ProviderException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** {@code upload_file}: the connection's uploaded files, read from server-app (WireMock) with a service token. */
class UploadedFilesTest {

    private static WireMockServer serverApp;
    private static UploadedFiles uploads;

    @BeforeAll
    static void startServerApp() {
        serverApp = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        serverApp.start();
        serverApp.stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo("users/u/a.json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(FileImportFixtures.SERVERS_FILE)));
        serverApp.stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo("users/u/gone.json"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"err\":{\"name\":\"NotFoundError\"}}")));
        PeerClients peers = new PeerClients(new PeerProperties(Map.of("server", URI.create(serverApp.baseUrl())),
                Duration.ofSeconds(5)), RestClient::builder, () -> () -> "JWT service-token");
        uploads = new UploadedFiles(peers.client(PeerService.SERVER, ServerAppClient.class));
    }

    @AfterAll
    static void stopServerApp() {
        serverApp.stop();
    }

    private static FileImportCommand servers() {
        return new FileImportCommand(ImportSection.SERVERS, new FileSources(List.of(uploads)));
    }

    @Test
    void readsEachUploadedFileWithTheServiceToken() {
        var connection = FileImportFixtures.connection("upload_file",
                Map.of("artifacts", "[{\"filename\":\"users/u/a.json\"},\"users/u/gone.json\"]"));

        var page = servers().get(connection, "all", null);

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextToken()).isEqualTo("1");
        serverApp.verify(getRequestedFor(urlPathEqualTo("/users/upload/file"))
                .withHeader("Authorization", equalTo("JWT service-token")));
        assertThatThrownBy(() -> servers().get(connection, "all", "1"))
                .isInstanceOf(ProviderException.class).hasMessage("users/u/gone.json: server-app refused the file (404)");
    }

    @Test
    void artifactsAreAJsonListOfNamesOrOneName() {
        assertThat(UploadedFiles.artifacts("[\"a.json\", {\"filename\": \"b.json\"}, \"\"]")).containsExactly("a.json", "b.json");
        assertThat(UploadedFiles.artifacts("users/u/a.json")).containsExactly("users/u/a.json");
        assertThatThrownBy(() -> UploadedFiles.artifacts(null)).isInstanceOf(ProviderException.class);
    }
}
