package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What MockMvc cannot show: failures outside any controller (a filter's {@code sendError}, a filter's exception,
 * an unknown path, a request Tomcat itself refuses) and bodies over {@code maestro.http.max-body-size} on a real
 * connection still come back in the envelope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "maestro.http.max-body-size=64KB")
class ErrorDispatchOnServerTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, ValidationAutoConfiguration.class, MaestroWebAutoConfiguration.class})
    @Import(ProbeController.class)
    static class Server {
        @Bean
        Filter failingFilter() {
            return (request, response, chain) -> {
                String path = ((HttpServletRequest) request).getRequestURI();
                if (path.equals("/send-error")) {
                    ((HttpServletResponse) response).sendError(401);
                } else if (path.equals("/filter-throws")) {
                    throw new IllegalStateException("filter broke at mongodb://admin:hunter2@db");
                } else if (path.equals("/filter-denies")) {
                    throw new PermissionException("Not in team");
                } else {
                    chain.doFilter(request, response);
                }
            };
        }
    }

    @LocalServerPort
    int port;

    JsonNode error(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JsonMapper.shared().readTree(response.body()).path("err");
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
    }

    HttpResponse<String> postBody(HttpRequest.BodyPublisher body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe/body"))
                .header("Content-Type", "application/json").POST(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON object of {@code size} bytes: {@code {"name":"xxx…","count":1}}. */
    static byte[] payload(int size) {
        byte[] head = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\",\"count\":1}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, size - tail.length, tail.length);
        return body;
    }

    @Test
    void unknownPathIs404InTheEnvelope() throws Exception {
        HttpResponse<String> response = get("/no/such/route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response).path("name").asString()).isEqualTo("NotFoundError");
        assertThat(error(response).path("errors").asString()).isEqualTo("resource not found");
    }

    @Test
    void filterSendErrorIsEnveloped() throws Exception {
        HttpResponse<String> response = get("/send-error");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response).path("name").asString()).isEqualTo("UnauthorizedError");
    }

    @Test
    void filterExceptionIs500WithoutItsMessage() throws Exception {
        HttpResponse<String> response = get("/filter-throws");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(error(response).path("name").asString()).isEqualTo("InternalError");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void filterMaestroExceptionKeepsItsStatusAndDetail() throws Exception {
        HttpResponse<String> response = get("/filter-denies");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response).path("name").asString()).isEqualTo("PermissionError");
        assertThat(error(response).path("errors").asString()).isEqualTo("Not in team");
    }

    @Test
    void aBodyWithinTheConfiguredLimitIsRead() throws Exception {
        byte[] body = payload(60 * 1024);

        HttpResponse<String> declared = postBody(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> chunked = postBody(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(chunked.body()).path("name").asString()).hasSize(60 * 1024 - 21);
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413AndTheServiceStillAnswers() throws Exception {
        HttpResponse<String> response = postBody(HttpRequest.BodyPublishers.ofByteArray(payload(20 * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).path("name").asString()).isEqualTo("PayloadTooLargeError");
        assertThat(error(response).path("errors").asString()).isEqualTo("The request body is larger than the limit of 65536 bytes");
        assertThat(get("/probe/list").statusCode()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyGoingOverTheLimitIs413() throws Exception {
        byte[] body = payload(20 * 1024 * 1024);
        HttpResponse<String> response = postBody(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response).path("name").asString()).isEqualTo("PayloadTooLargeError");
    }

    @Test
    void headersOverTheContainersLimitGetTheEnvelopeInsteadOfTomcatsPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe/list"))
                .header("X-Padding", "x".repeat(20_000)));

        assertThat(response.statusCode()).isIn(400, 431);
        assertThat(error(response).path("name").asString()).isEqualTo("BadRequestError");
        assertThat(error(response).path("errors").asString()).contains("headers");
        assertThat(response.body()).doesNotContain("<html", "Tomcat");
    }
}
