package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What MockMvc cannot show: failures outside any controller (a filter's {@code sendError}, a filter's exception,
 * an unknown path) go through the container's {@code /error} dispatch and still come back in the envelope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorDispatchOnServerTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, MaestroWebAutoConfiguration.class})
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
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
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
}
