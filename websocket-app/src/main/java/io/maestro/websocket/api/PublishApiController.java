package io.maestro.websocket.api;

import io.maestro.common.token.WebsocketApiKey;
import io.maestro.websocket.messaging.PublicationFanout;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backend publish API in Centrifugo v2's format ({@code POST /api}, {@code Authorization: apikey <secret>}).
 * The publication goes to every websocket-app instance through the fanout exchange, each delivering to its own sockets.
 */
@RestController
public class PublishApiController {

    private static final Logger log = LoggerFactory.getLogger(PublishApiController.class);

    private final WebsocketApiKey apiKey;
    private final PublishCommands commands;
    private final PublicationFanout fanout;

    public PublishApiController(WebsocketApiKey apiKey, PublishCommands commands, PublicationFanout fanout) {
        this.apiKey = apiKey;
        this.commands = commands;
        this.fanout = fanout;
    }

    /**
     * The body is read as it came, whatever its {@code Content-Type}, as Centrifugo reads it: {@code curl -d} sends
     * JSON labelled as a form, which Spring would otherwise re-encode from the parsed form parameters.
     */
    @Operation(summary = "Publish to one channel or broadcast to several (Centrifugo v2 API: publish, broadcast)")
    @PostMapping("/api")
    public ResponseEntity<Map<String, Object>> command(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletRequest request) throws IOException {
        if (!apiKey.accepts(authorization)) {
            return error(HttpStatus.UNAUTHORIZED, "Unauthorized", "Send 'Authorization: apikey <MAESTRO_WEBSOCKET_SECRET>'");
        }
        fanout.publish(commands.parse(request.getInputStream().readAllBytes()));
        return ResponseEntity.ok(Map.of("result", Map.of()));
    }

    @ExceptionHandler(BadCommandException.class)
    ResponseEntity<Map<String, Object>> badCommand(BadCommandException e) {
        return error(HttpStatus.BAD_REQUEST, "BadRequestError", e.getMessage());
    }

    @ExceptionHandler(AmqpException.class)
    ResponseEntity<Map<String, Object>> brokerDown(AmqpException e) {
        log.warn("Publication not accepted by the broker: {}", e.toString());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "HTTPError", "The message broker did not accept the publication");
    }

    /** Maestro's error envelope. */
    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String name, String detail) {
        return ResponseEntity.status(status).body(Map.of("err", Map.of("name", name, "errors", detail)));
    }
}
