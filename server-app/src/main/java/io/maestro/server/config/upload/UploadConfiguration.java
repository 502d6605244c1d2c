package io.maestro.server.config.upload;

import io.maestro.common.upload.LocalUploadStore;
import io.maestro.common.upload.UploadStoreConfiguration;
import io.maestro.common.upload.UploadStores;
import io.maestro.server.domain.upload.UploadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
@Import(UploadStoreConfiguration.class)
class UploadConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UploadConfiguration.class);

    @Bean
    UploadService uploadService(UploadStores stores, UploadProperties properties) {
        UploadService uploads = new UploadService(stores.publicArea(), stores.privateArea(),
                properties.maxSize().toBytes());
        log.info("Uploads are stored in {} (public) and {} (private)", stores.describe(uploads.publicArea()),
                stores.describe(uploads.privateArea()));
        return uploads;
    }

    /** Local public files (avatars) at {@code /static/**}, as 0.6 served its {@code public/} directory. */
    @Bean
    WebMvcConfigurer publicUploads(UploadService uploads) {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                if (uploads.publicArea() instanceof LocalUploadStore local) {
                    String location = local.root().toUri().toString();
                    registry.addResourceHandler("/static/**")
                            .addResourceLocations(location.endsWith("/") ? location : location + "/");
                }
            }
        };
    }
}
