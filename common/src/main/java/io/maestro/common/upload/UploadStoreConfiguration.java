package io.maestro.common.upload;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The uploads store of a service that keeps files ({@code @Import} it): server-app's uploads, analytics-front's maps. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadStoreProperties.class)
public class UploadStoreConfiguration {

    @Bean
    UploadStores uploadStores(UploadStoreProperties settings) {
        return UploadStores.open(settings);
    }
}
