package io.maestro.common.client;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * websocket-app's publish API (docs/websocket.md, Centrifugo's {@code POST /api}), called with
 * {@code Authorization: apikey <MAESTRO_WEBSOCKET_SECRET>} instead of a service token.
 */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface WebsocketAppClient {

    /**
     * {@code POST /api} with one command ({@code publish}, {@code broadcast}, {@code disconnect}, {@code unsubscribe}).
     * A command websocket-app refuses is answered 200 with {@code {"error": {...}}}, as Centrifugo does.
     */
    @PostExchange("/api")
    Map<String, Object> command(@RequestBody Object command);
}
