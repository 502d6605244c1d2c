package io.maestro.common.messaging;

import io.maestro.common.testsupport.EmbeddedQpidBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link MessagingContract} on an embedded Apache Qpid Broker-J, the broker of the standalone runtime. */
class QpidMessagingTest extends MessagingContract {

    private static EmbeddedQpidBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedQpidBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Override
    protected String brokerAddress() {
        return broker.address();
    }
}
