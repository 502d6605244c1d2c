package io.maestro.common.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The Centrifugo v2 HTTP API publish command websocket-app accepts on {@code POST /api}:
 * {@code {"method":"publish","params":{"channel":..,"data":{"notify":{..},"event":{"caller":[..]}}}}}.
 */
record PublishCommand(String method, Params params) {

    static PublishCommand publish(String channel, Notice notice, List<String> callers) {
        return new PublishCommand("publish", new Params(channel, new Data(notice, new Event(callers))));
    }

    record Params(String channel, Data data) {
    }

    /**
     * {@code notice} is {@code notify} on the wire ({@code notify} cannot name a record component); left out when
     * there is none (events only).
     */
    record Data(@JsonProperty("notify") @JsonInclude(JsonInclude.Include.NON_NULL) Notice notice, Event event) {
    }

    record Event(List<String> caller) {
    }
}
