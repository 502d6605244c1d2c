package io.maestro.common.http;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer refused the call with a 4xx: carries its status and the body it answered. A refusal that blames the request
 * (bad input, no such record, a value taken) is the caller's own 4xx with the peer's words; any other (the service
 * token refused, a method the peer lacks) is this service's failure, 502 {@code HTTPError}.
 */
public class ServiceCallException extends PeerCallException {

    /** Statuses by which a peer blames what it was asked rather than how it was called. */
    private static final Set<Integer> CALLERS_FAULT = Set.of(400, 404, 409, 413, 422);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpStatusCode status;
    private final String body;

    public ServiceCallException(PeerService service, URI url, HttpStatusCode status, String body) {
        super(service, url, service.serviceName() + " refused " + url + " with " + status.value() + ": " + body, null);
        this.status = status;
        this.body = body;
    }

    public HttpStatusCode status() {
        return status;
    }

    public String body() {
        return body;
    }

    @Override
    public String describe() {
        return service().serviceName() + " refused the call with " + status.value();
    }

    @Override
    public MaestroException answer() {
        if (!CALLERS_FAULT.contains(status.value())) {
            return new MaestroException(ErrorNames.HTTP, HttpStatus.BAD_GATEWAY, describe(), this);
        }
        JsonNode error = errorOf(body);
        String name = error.path("name").isString() ? error.path("name").asString() : ErrorNames.forStatus(status.value());
        JsonNode errors = error.path("errors");
        Object detail = errors.isString() ? errors.asString() : errors.isArray() ? errors : describe();
        return new MaestroException(name, HttpStatus.valueOf(status.value()), detail, this);
    }

    /**
     * The {@code err} of a Maestro error envelope, or {@code {errors: <text>}} for data-app's {@code {"error": <text>}};
     * a missing node for anything else (its words are not passed on: they may be anything, addresses included).
     */
    private static JsonNode errorOf(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            if (answer.path("err").isObject()) {
                return answer.path("err");
            }
            return answer.path("error").isString()
                    ? JSON.createObjectNode().put("errors", answer.path("error").asString()) : JSON.missingNode();
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }
}
