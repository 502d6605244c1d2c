package io.maestro.websocket.config;

import io.maestro.websocket.domain.WebsocketProperties;
import io.maestro.websocket.messaging.FanoutListener;
import java.util.UUID;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Horizontal scale: {@code /api} on any instance publishes to one fanout exchange; every instance binds its own
 * exclusive, auto-delete queue to it and delivers to the sockets it holds. Plain AMQP 0-9-1, no broker-specific
 * arguments, so RabbitMQ and the embedded broker behave alike.
 */
@Configuration(proxyBeanMethods = false)
public class FanoutConfiguration {

    /** Publications in flight per instance; bounds memory when browsers drain slowly. */
    private static final int PREFETCH = 250;

    @Bean
    FanoutExchange websocketExchange(WebsocketProperties properties) {
        return new FanoutExchange(properties.exchange(), true, false);
    }

    /**
     * Named {@code maestro.websocket.<random>}: non-durable, exclusive, auto-delete, so it goes with the instance's
     * connection (publications are live-only) and is declared again on reconnect. Not Spring's AnonymousQueue, which
     * adds a RabbitMQ-specific locator argument.
     */
    @Bean
    Queue websocketInstanceQueue(WebsocketProperties properties) {
        return new Queue(properties.exchange() + "." + UUID.randomUUID(), false, true, true);
    }

    @Bean
    Binding websocketInstanceBinding(Queue websocketInstanceQueue, FanoutExchange websocketExchange) {
        return BindingBuilder.bind(websocketInstanceQueue).to(websocketExchange);
    }

    @Bean
    SimpleMessageListenerContainer websocketPublicationContainer(ConnectionFactory connectionFactory,
            Queue websocketInstanceQueue, FanoutListener listener) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(websocketInstanceQueue);
        container.setMessageListener(listener);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setPrefetchCount(PREFETCH);
        // One consumer keeps the publications of a channel in order.
        container.setConcurrentConsumers(1);
        return container;
    }
}
