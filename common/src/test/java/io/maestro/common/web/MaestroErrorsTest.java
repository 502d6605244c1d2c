package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MaestroErrorsTest {

    @Test
    void writesTheEnvelopeOnAServletResponse() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MaestroErrors.write(response, 401, ErrorNames.UNAUTHORIZED, "Token expired");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(body.path("err").path("name").asString()).isEqualTo("UnauthorizedError");
        assertThat(body.path("err").path("errors").asString()).isEqualTo("Token expired");
        assertThat(body.properties()).hasSize(1);
    }

    @Test
    void writesADetailsArrayAsJson() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MaestroErrors.write(response, 422, ErrorNames.VALIDATOR,
                List.of(ValidationDetail.field("owner.email", "string.email", "must be a valid email")));

        JsonNode detail = JsonMapper.shared().readTree(response.getContentAsString()).path("err").path("errors").path(0);
        assertThat(detail.path("message").asString()).isEqualTo("\"owner.email\" must be a valid email");
        assertThat(detail.path("path").toString()).isEqualTo("[\"owner\",\"email\"]");
        assertThat(detail.path("context").path("key").asString()).isEqualTo("email");
        assertThat(detail.path("context").path("label").asString()).isEqualTo("owner.email");
    }

    @Test
    void numericPathSegmentsAreIndexes() {
        assertThat(ValidationDetail.field("roles.0.role", "any.only", "must be one of [1, 3, 7]").path())
                .containsExactly("roles", 0, "role");
    }

    @Test
    void frameworkStatusesGetNames() {
        assertThat(ErrorNames.forStatus(400)).isEqualTo("BadRequestError");
        assertThat(ErrorNames.forStatus(403)).isEqualTo("PermissionError");
        assertThat(ErrorNames.forStatus(415)).isEqualTo("UnsupportedMediaTypeError");
        assertThat(ErrorNames.forStatus(418)).isEqualTo("BadRequestError");
        assertThat(ErrorNames.forStatus(502)).isEqualTo("InternalError");
    }

    @Test
    void autoConfigurationIsRegisteredForEveryService() {
        List<String> registered = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates();
        assertThat(registered).contains(MaestroWebAutoConfiguration.class.getName());
    }
}
