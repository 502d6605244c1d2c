package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(MaestroWebAutoConfiguration.class)
class MaestroExceptionHandlerTest {

    @SpringBootConfiguration
    @Import(ProbeController.class)
    static class ProbeApplication {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @CsvSource({
        "permission, 403, PermissionError,      Not allowed",
        "notfound,   404, NotFoundError,        Data not found",
        "conflict,   409, ConflictError,        Email already exists",
        "process,    400, ProcessError,         Cannot run this task",
        "disabled,   503, ServiceDisabledError, REPORT service was disabled",
        "query,      400, QueryError,           Parameter 'query' is not valid JSON",
        "duplicate,  409, ConflictError,        A record with the same unique value already exists",
        "peer-refused,       422, ValidatorError, Failed to convert 'limit' with value: 'abc'",
        "peer-not-found,     404, NotFoundError,  Connection not found",
        "peer-page,          400, BadRequestError, discovery-app refused the call with 400",
        "peer-token-refused, 502, HTTPError,      data-app refused the call with 401",
        "peer-down,          503, HTTPError,      reports-app is unreachable",
        "peer-timeout,       504, HTTPError,      reports-app did not answer in time",
        "peer-failing,       502, HTTPError,      reports-app failed with 500"})
    void maestroExceptionsAnswerWithTheirNameStatusAndDetail(String kind, int status, String name, String detail) throws Exception {
        mvc.perform(get("/probe/maestro/" + kind))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.err.name").value(name))
                .andExpect(jsonPath("$.err.errors").value(detail))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("java."))));
    }

    @Test
    void validatorErrorCarriesJoiLikeDetails() throws Exception {
        mvc.perform(get("/probe/maestro/validator"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.err.name").value("ValidatorError"))
                .andExpect(jsonPath("$.err.errors[0].message").value("\"name\" is required"))
                .andExpect(jsonPath("$.err.errors[0].path[0]").value("name"))
                .andExpect(jsonPath("$.err.errors[0].type").value("any.required"))
                .andExpect(jsonPath("$.err.errors[0].context.key").value("name"))
                .andExpect(jsonPath("$.err.errors[0].context.label").value("name"));
    }

    @Test
    void aValidatorErrorListsItsFirstFiftyDetailsAndTheirTotal() throws Exception {
        mvc.perform(get("/probe/maestro/many"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.err.errors.length()").value(50))
                .andExpect(jsonPath("$.err.errors[49].path[1]").value(49))
                .andExpect(jsonPath("$.err.total").value(120));
        mvc.perform(get("/probe/maestro/validator"))
                .andExpect(jsonPath("$.err.total").doesNotExist());
    }

    @Test
    void beanValidationOfTheBodyIs422NamingTheField() throws Exception {
        mvc.perform(post("/probe/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \",\"count\":0}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.err.name").value("ValidatorError"))
                .andExpect(jsonPath("$.err.errors.length()").value(2))
                .andExpect(jsonPath("$.err.errors[?(@.context.key == 'name')].type").value("any.required"))
                .andExpect(jsonPath("$.err.errors[?(@.context.key == 'name')].message").value(hasItem(startsWith("\"name\" "))))
                .andExpect(jsonPath("$.err.errors[?(@.context.key == 'count')].type").value("number.min"))
                .andExpect(jsonPath("$.err.errors[?(@.context.key == 'count')].path[0]").value("count"));
    }

    @Test
    void beanValidationOfAParameterIs422NamingTheParameter() throws Exception {
        mvc.perform(get("/probe/param").param("count", "0"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.err.name").value("ValidatorError"))
                .andExpect(jsonPath("$.err.errors[0].context.key").value("count"))
                .andExpect(jsonPath("$.err.errors[0].type").value("number.min"));
    }

    @Test
    void constraintViolationsFromServicesAre422NamingTheField() throws Exception {
        mvc.perform(get("/probe/service-validation"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.err.name").value("ValidatorError"))
                .andExpect(jsonPath("$.err.errors[0].path[0]").value("count"))
                .andExpect(jsonPath("$.err.errors[0].type").value("number.min"))
                .andExpect(jsonPath("$.err.errors[0].message").value(startsWith("\"count\" ")));
    }

    @Test
    void malformedJsonBodyIs400WithItsPosition() throws Exception {
        mvc.perform(post("/probe/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\",\n \"count\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.err.name").value("BadRequestError"))
                .andExpect(jsonPath("$.err.errors").value(startsWith("Malformed JSON body at line 2")));
    }

    @Test
    void wronglyTypedFieldIs400NamingTheField() throws Exception {
        mvc.perform(post("/probe/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"count\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.err.name").value("BadRequestError"))
                .andExpect(jsonPath("$.err.errors").value("Invalid value for field 'count'"))
                .andExpect(content().string(not(containsString("io.maestro"))));
    }

    @Test
    void missingBodyIs400() throws Exception {
        mvc.perform(post("/probe/body").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.err.errors").value("Request body is missing"));
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        mvc.perform(post("/probe/body").contentType(MediaType.TEXT_PLAIN).content("name=a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.err.name").value("UnsupportedMediaTypeError"))
                .andExpect(jsonPath("$.err.errors").value(containsString("text/plain")));
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        mvc.perform(delete("/probe/boom"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(jsonPath("$.err.name").value("MethodNotAllowedError"));
    }

    @Test
    void missingOrMistypedParameterIs400() throws Exception {
        mvc.perform(get("/probe/param"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.err.name").value("BadRequestError"))
                .andExpect(jsonPath("$.err.errors").value(containsString("'count'")));
        mvc.perform(get("/probe/param").param("count", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.err.name").value("BadRequestError"))
                .andExpect(jsonPath("$.err.errors").value(containsString("'count'")));
    }

    @Test
    void unknownRouteIs404InTheEnvelope() throws Exception {
        mvc.perform(get("/no/such/route"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.err.name").value("NotFoundError"))
                .andExpect(jsonPath("$.err.errors").value("resource not found"));
    }

    @Test
    void unexpectedErrorIs500WithoutItsMessageOrStack() throws Exception {
        mvc.perform(get("/probe/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.err.name").value("InternalError"))
                .andExpect(jsonPath("$.err.errors").value(startsWith("Unexpected error, reference ")))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at io.maestro"))));
    }

    @Test
    void accessDeniedIs403PermissionErrorWithoutItsMessage() throws Exception {
        mvc.perform(get("/probe/denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.err.name").value("PermissionError"))
                .andExpect(content().string(not(containsString("hunter2"))));
    }

    @Test
    void errorPageAnswersInTheEnvelopeInPlaceOfBootsOwn() throws Exception {
        assertThat(context.getBeansOfType(ErrorController.class)).containsOnlyKeys(MaestroErrorController.class.getName());
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 401))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.err.name").value("UnauthorizedError"));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.err.errors").value("resource not found"));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(ProbeController.SECRET)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.err.name").value("InternalError"))
                .andExpect(content().string(not(containsString("hunter2"))));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new PermissionException("Not in team")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.err.errors").value("Not in team"));
    }

    @Test
    void listEnvelopeIsWrittenWithMaestroFieldNames() throws Exception {
        mvc.perform(get("/probe/list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(41))
                .andExpect(jsonPath("$.total_pages").value(3))
                .andExpect(jsonPath("$.current_page").value(2))
                .andExpect(jsonPath("$.items[0]._links._self.href").value("/servers/5f1c0c6e2b3a4d5e6f708192"))
                .andExpect(jsonPath("$._links.next.href").value("/servers/?page=3&limit=20"))
                .andExpect(jsonPath("$._links.next.method").value("GET"));
    }
}
