package io.maestro.websocket.messaging;

import io.maestro.websocket.domain.FanoutMessage;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a publication or a session command to the fanout exchange, typed by kind, and waits for the broker's confirm,
 * so that /api never claims a send that did not happen.
 */
@Component
public class PublicationFanout {

    private final RabbitTemplate rabbit;
    private final FanoutExchange exchange;
    private final JsonMapper json;
    private final long confirmTimeoutMs;

    public PublicationFanout(RabbitTemplate rabbit, FanoutExchange websocketExchange, JsonMapper json,
            @Value("${maestro.timeout}") long confirmTimeoutMs) {
        this.rabbit = rabbit;
        this.exchange = websocketExchange;
        this.json = json;
        this.confirmTimeoutMs = confirmTimeoutMs;
    }

    public void publish(FanoutMessage fanoutMessage) {
        var message = MessageBuilder.withBody(json.writeValueAsBytes(fanoutMessage))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setType(fanoutMessage.type())
                .build();
        rabbit.invoke(operations -> {
            operations.send(exchange.getName(), "", message);
            operations.waitForConfirmsOrDie(confirmTimeoutMs);
            return null;
        });
    }
}
