package io.maestro.websocket.domain;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One message for the browsers subscribed to any of {@code channels}. */
public record Publication(List<String> channels, ObjectNode data) implements FanoutMessage {

    /** Also what a message without a type is read as: instances of an older version send publications untyped. */
    public static final String TYPE = "publication";

    @Override
    public String type() {
        return TYPE;
    }
}
