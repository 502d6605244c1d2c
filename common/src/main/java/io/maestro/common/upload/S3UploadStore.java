package io.maestro.common.upload;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetUrlRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Files in one bucket: every replica of a service reads what another wrote, with no volume to share. */
public class S3UploadStore implements UploadStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3UploadStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void write(String key, String contentType, byte[] content) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> presignedPut(String key, String contentType, Duration lifetime) {
        PutObjectRequest put = PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build();
        return Optional.of(presigner.presignPutObject(request -> request.signatureDuration(lifetime)
                .putObjectRequest(put)).url().toString());
    }

    @Override
    public Optional<String> directUrl(String key) {
        return Optional.of(s3.utilities().getUrl(GetUrlRequest.builder().bucket(bucket).key(key).build()).toString());
    }
}
