package io.maestro.websocket.domain;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One message for the browsers subscribed to any of {@code channels}; what travels over the fanout exchange. */
public record Publication(List<String> channels, ObjectNode data) {
}
