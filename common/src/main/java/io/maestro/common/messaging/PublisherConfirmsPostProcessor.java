package io.maestro.common.messaging;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Turns on correlated publisher confirms and returns on the service's connection factory, whatever its
 * {@code spring.rabbitmq.*} settings say: {@link MessagePublisher} and {@link DeadLetterRecoverer} rely on them.
 */
class PublisherConfirmsPostProcessor implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof CachingConnectionFactory connectionFactory) {
            connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
            connectionFactory.setPublisherReturns(true);
        }
        return bean;
    }
}
