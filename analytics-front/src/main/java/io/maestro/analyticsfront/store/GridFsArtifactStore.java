package io.maestro.analyticsfront.store;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import io.maestro.analyticsfront.domain.ArtifactFormat;
import io.maestro.analyticsfront.domain.ArtifactStore;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The files in GridFS bucket {@code graph_artifacts} of analytics-front's database, named as 0.6 named them on disk
 * ({@code graphs-bussiness/<id>/<id>.<ext>}): every replica of the front reads what another stored, with no shared
 * volume or bucket to set up (compatibility.md D38). A new file is written before the older ones are removed.
 */
@Component
class GridFsArtifactStore implements ArtifactStore {

    private final GridFSBucket bucket;

    GridFsArtifactStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "graph_artifacts");
    }

    @Override
    public void save(String graphId, ArtifactFormat format, byte[] content) {
        String name = name(graphId, format);
        List<ObjectId> older = new ArrayList<>();
        bucket.find(Filters.eq("filename", name)).forEach(file -> older.add(file.getObjectId()));
        bucket.uploadFromStream(name, new java.io.ByteArrayInputStream(content));
        older.forEach(bucket::delete);
    }

    @Override
    public Optional<byte[]> read(String graphId, ArtifactFormat format) {
        GridFSFile newest = bucket.find(Filters.eq("filename", name(graphId, format)))
                .sort(new org.bson.Document("uploadDate", -1)).first();
        if (newest == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        bucket.downloadToStream(newest.getObjectId(), content);
        return Optional.of(content.toByteArray());
    }

    private static String name(String graphId, ArtifactFormat format) {
        return "graphs-bussiness/" + graphId + "/" + graphId + "." + format.extension();
    }
}
