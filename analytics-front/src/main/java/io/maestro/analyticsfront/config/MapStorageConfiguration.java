package io.maestro.analyticsfront.config;

import io.maestro.common.upload.UploadStoreConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The maps' files go to the uploads store, set as server-app's uploads are (0.6's variables, docs/analytics.md). */
@Configuration(proxyBeanMethods = false)
@Import(UploadStoreConfiguration.class)
class MapStorageConfiguration {
}
