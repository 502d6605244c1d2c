package io.maestro.common.messaging;

import io.maestro.common.testsupport.MaestroTestEnvironment;

/** {@link MessagingContract} on the machine's RabbitMQ (127.0.0.1:5672, or MAESTRO_TEST_AMQP). */
class RabbitMqMessagingTest extends MessagingContract {

    @Override
    protected String brokerAddress() {
        return MaestroTestEnvironment.rabbitMqUri();
    }
}
