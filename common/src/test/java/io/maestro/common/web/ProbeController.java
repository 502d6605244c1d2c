package io.maestro.common.web;

import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Routes that fail in each way the exception handler must cover. */
@RestController
class ProbeController {

    record Payload(@NotBlank String name, @Min(1) Integer count) {
    }

    static final String SECRET = "mongodb://admin:hunter2@db.internal";
    static final URI PEER_URL = URI.create("http://hunter2.internal:5010/audit/users/1?limit=abc");

    @GetMapping("/probe/maestro/{kind}")
    void maestro(@PathVariable String kind) {
        RuntimeException failure = switch (kind) {
            case "validator" -> new ValidatorException(ValidationDetail.field("name", "any.required", "is required"));
            case "permission" -> new PermissionException("Not allowed");
            case "notfound" -> new NotFoundException();
            case "conflict" -> new ConflictException("Email already exists");
            case "process" -> new ProcessException("Cannot run this task");
            case "disabled" -> new ServiceDisabledException("REPORT");
            case "query" -> new QueryException("Parameter 'query' is not valid JSON");
            case "duplicate" -> new org.springframework.dao.DuplicateKeyException("E11000 duplicate key " + SECRET);
            case "many" -> new ValidatorException(IntStream.range(0, 120)
                    .mapToObj(i -> ValidationDetail.field("tags." + i, "object.base", "must be an object")).toList());
            case "peer-refused" -> new ServiceCallException(PeerService.AUDIT, PEER_URL, HttpStatus.UNPROCESSABLE_CONTENT,
                    "{\"err\":{\"name\":\"ValidatorError\",\"errors\":\"Failed to convert 'limit' with value: 'abc'\"}}");
            case "peer-not-found" -> new ServiceCallException(PeerService.DATA, PEER_URL, HttpStatus.NOT_FOUND,
                    "{\"error\":\"Connection not found\"}");
            case "peer-page" -> new ServiceCallException(PeerService.DISCOVERY, PEER_URL, HttpStatus.BAD_REQUEST,
                    "<html>Bad request at " + SECRET + "</html>");
            case "peer-token-refused" -> new ServiceCallException(PeerService.DATA, PEER_URL, HttpStatus.UNAUTHORIZED,
                    "{\"err\":{\"name\":\"UnauthorizedError\",\"errors\":\"Unauthorized\"}}");
            case "peer-down" -> new ServiceUnavailableException(PeerService.REPORT, PEER_URL, new ConnectException(SECRET));
            case "peer-timeout" -> new ServiceUnavailableException(PeerService.REPORT, PEER_URL,
                    new HttpTimeoutException("request timed out at " + SECRET));
            case "peer-failing" -> new ServiceUnavailableException(PeerService.REPORT, PEER_URL,
                    HttpStatus.INTERNAL_SERVER_ERROR, "boom at " + SECRET);
            default -> new IllegalArgumentException(kind);
        };
        throw failure;
    }

    @PostMapping(path = "/probe/body", consumes = MediaType.APPLICATION_JSON_VALUE)
    Payload body(@Valid @RequestBody Payload payload) {
        return payload;
    }

    @GetMapping("/probe/param")
    Map<String, Integer> param(@RequestParam @Min(1) int count) {
        return Map.of("count", count);
    }

    private final Validator validator;

    ProbeController(Validator validator) {
        this.validator = validator;
    }

    /** What a {@code @Validated} service bean throws. */
    @GetMapping("/probe/service-validation")
    void serviceValidation() {
        throw new ConstraintViolationException(validator.validate(new Payload("ok", 0)));
    }

    @GetMapping("/probe/boom")
    void boom() {
        throw new IllegalStateException("cannot reach " + SECRET);
    }

    @GetMapping("/probe/denied")
    void denied() {
        throw new AccessDeniedException("role 3 needed on " + SECRET);
    }

    @GetMapping("/probe/list")
    ListEnvelope list() {
        return ListEnvelope.of("servers", List.of(Map.of("_id", "5f1c0c6e2b3a4d5e6f708192", "hostname", "web-1")), 41, 2, 20);
    }
}
