package io.maestro.analyticsfront.store;

import io.maestro.analyticsfront.domain.ArtifactFormat;
import io.maestro.analyticsfront.domain.ArtifactStore;
import io.maestro.common.upload.UploadStore;
import io.maestro.common.upload.UploadStores;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The files in the private area of the uploads store ({@code LOCAL_DIR} under {@code MAESTRO_TMP}, or the private
 * bucket with {@code MAESTRO_UPLOAD_TYPE=S3}), named as 0.6 named them: {@code graphs-bussiness/<id>/<id>.<ext>}.
 * Private because a map is served only through this service's checks. Replicas share a bucket, or a volume.
 */
@Component
class UploadArtifactStore implements ArtifactStore {

    private static final Logger log = LoggerFactory.getLogger(UploadArtifactStore.class);

    private final UploadStore area;

    UploadArtifactStore(UploadStores stores) {
        this.area = stores.privateArea();
        log.info("Maps are stored in {}", stores.describe(area));
    }

    @Override
    public void save(String graphId, ArtifactFormat format, byte[] content) {
        area.write(key(graphId, format), format.mediaType(), content);
    }

    @Override
    public Optional<byte[]> read(String graphId, ArtifactFormat format) {
        return ObjectId.isValid(graphId) ? area.read(key(graphId, format)) : Optional.empty();
    }

    private static String key(String graphId, ArtifactFormat format) {
        return "graphs-bussiness/" + graphId + "/" + graphId + "." + format.extension();
    }
}
