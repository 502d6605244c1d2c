package io.maestro.audit.messaging;

import io.maestro.common.messaging.ProcessedMessageStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * audit-app keeps no list of processed message ids (common messaging's default keeps one in memory): each history row
 * carries the id of its change under a unique index ({@code AuditRecorder}), and that alone tells a copy delivered
 * again. A mark beside the row was a second write that a kill could separate from it: the change recorded twice.
 */
@Configuration(proxyBeanMethods = false)
class AuditMessaging {

    @Bean
    ProcessedMessageStore auditRowsCarryTheirChangeIds() {
        return new ProcessedMessageStore() {
            @Override
            public boolean isProcessed(String messageId) {
                return false;
            }

            @Override
            public boolean markProcessed(String messageId) {
                return true;
            }
        };
    }
}
