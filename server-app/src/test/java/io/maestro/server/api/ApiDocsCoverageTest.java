package io.maestro.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every route server-app serves is in {@code /v3/api-docs} (issue 13): the routes of the annotated controllers, and
 * those registered at start-up (resource, team mirror and audit routes). The test walks every mapping of Spring MVC
 * and fails naming each method and path that the OpenAPI document lacks, and each it lists that nothing serves.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class ApiDocsCoverageTest {

    /** What is served but is not the API: Spring Boot's error page and springdoc's own documents. */
    private static final Set<String> NOT_THE_API = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType().getName().startsWith("org.springdoc")) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String path : mapping.getKey().getPatternValues()) {
                if (NOT_THE_API.contains(path)) {
                    continue;
                }
                // A mapping without methods answers every method; springdoc documents it as each of them.
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    served.add(method.name() + " " + normalised(path));
                }
            }
        }

        Reply docs = new ApiClient(port, mongo).get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : docs.at("/paths").properties()) {
            for (Iterator<String> methods = path.getValue().propertyNames().iterator(); methods.hasNext(); ) {
                String method = methods.next();
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase() + " " + normalised(path.getKey()));
                }
            }
        }

        assertThat(served).as("routes the API serves, those mapped at start-up included").hasSizeGreaterThan(500)
                .contains("GET /servers/{}", "GET /teams/{}/servers/{}/audit", "POST /teams/{}/servers/{}/revert/{}");
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("served but missing from /v3/api-docs").isEmpty();
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        assertThat(unserved).as("in /v3/api-docs but not served").isEmpty();
    }

    /** {@code /teams/{teamId}/servers/{idu}} and {@code /teams/{id}/servers/{id}} are one route. */
    private static String normalised(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
