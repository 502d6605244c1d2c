package io.maestro.discovery.provider.openstack;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sessions every OpenStack call goes through, with the service-wide timeout; throttling waits on the clock. */
@Configuration(proxyBeanMethods = false)
public class OpenStackConfiguration {

    @Bean
    OpenStackSessions openStackSessions(@Value("${maestro.timeout:10000}") long timeoutMillis) {
        return new OpenStackSessions(Duration.ofMillis(timeoutMillis), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
    }
}
