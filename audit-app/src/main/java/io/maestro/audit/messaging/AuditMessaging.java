package io.maestro.audit.messaging;

import io.maestro.common.messaging.MongoProcessedMessageStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Recorded message ids live in the audit store ({@code processed_messages}), so a message redelivered after a restart,
 * or taken by a second instance, is not recorded twice.
 */
@Configuration(proxyBeanMethods = false)
class AuditMessaging {

    @Bean
    MongoProcessedMessageStore auditProcessedMessages(MongoTemplate mongo) {
        return new MongoProcessedMessageStore(mongo);
    }
}
