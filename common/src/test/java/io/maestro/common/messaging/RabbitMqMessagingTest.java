package io.maestro.common.messaging;

/** {@link MessagingContract} on the machine's RabbitMQ (127.0.0.1:5672). */
class RabbitMqMessagingTest extends MessagingContract {

    @Override
    protected String brokerAddress() {
        return "amqp://guest:guest@127.0.0.1:5672";
    }
}
