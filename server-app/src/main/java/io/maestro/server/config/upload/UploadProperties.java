package io.maestro.server.config.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * server-app's own upload settings, from Maestro 0.6's variables; where files are kept is common's
 * {@link io.maestro.common.upload.UploadStoreProperties}, under the same {@code maestro.upload}.
 *
 * @param maxSize {@code MAESTRO_UPLOAD_MAXSIZE}: largest accepted file (bytes, or e.g. {@code 16MB})
 * @param apiUrl  {@code API_URL}: this server's external base URL for signed local uploads; default the request's own
 */
@ConfigurationProperties("maestro.upload")
public record UploadProperties(DataSize maxSize, String apiUrl) {
}
