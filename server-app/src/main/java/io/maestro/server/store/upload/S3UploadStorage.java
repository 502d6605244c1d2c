package io.maestro.server.store.upload;

import io.maestro.server.domain.upload.SignedUpload;
import io.maestro.server.domain.upload.StoredName;
import io.maestro.server.domain.upload.UploadStorage;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetUrlRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Files in two buckets: public ones ({@code AWS_S3_BUCKET_NAME}) and private ones ({@code AWS_S3_PRIVATE_BUCKET_NAME}).
 * Browsers upload straight to the bucket with a 60-second pre-signed PUT, as in Maestro 0.6.
 */
public class S3UploadStorage implements UploadStorage {

    public static final Duration SIGNED_UPLOAD_LIFETIME = Duration.ofSeconds(60);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String publicBucket;
    private final String privateBucket;

    public S3UploadStorage(S3Client s3, S3Presigner presigner, String publicBucket, String privateBucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.publicBucket = publicBucket;
        this.privateBucket = privateBucket;
    }

    @Override
    public SignedUpload signedUpload(StoredName name, String localUploadUrl, String authorization) {
        PutObjectRequest put = PutObjectRequest.builder().bucket(bucketOf(name)).key(name.key())
                .contentType(name.kind().mimeType()).build();
        String signed = presigner.presignPutObject(request -> request
                .signatureDuration(SIGNED_UPLOAD_LIFETIME).putObjectRequest(put)).url().toString();
        String url = name.kind().isPublic() ? objectUrl(name) : null;
        return new SignedUpload(signed, url, name.key(), Map.of("Content-Type", name.kind().mimeType()));
    }

    @Override
    public void store(StoredName name, byte[] content) {
        s3.putObject(request -> request.bucket(bucketOf(name)).key(name.key()).contentType(name.kind().mimeType()),
                RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> read(StoredName name) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucketOf(name)).key(name.key())).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public String publicUrl(StoredName name, String apiBase) {
        return objectUrl(name);
    }

    private String objectUrl(StoredName name) {
        return s3.utilities().getUrl(GetUrlRequest.builder().bucket(bucketOf(name)).key(name.key()).build()).toString();
    }

    private String bucketOf(StoredName name) {
        return name.kind().isPublic() ? publicBucket : privateBucket;
    }
}
