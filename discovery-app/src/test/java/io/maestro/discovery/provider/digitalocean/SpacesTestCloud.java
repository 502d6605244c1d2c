package io.maestro.discovery.provider.digitalocean;

import io.maestro.common.testsupport.InProcessS3;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;

/**
 * A Spaces region played by an in-process S3Proxy (S3-compatible, as Spaces is) holding the buckets
 * {@code static-images} and {@code backups}, and a connection whose URL points the provider at it.
 */
public final class SpacesTestCloud implements AutoCloseable {

    public static final String ACCESS = "DO00SPACESKEY";
    public static final String SECRET = "spaces-Secret-key-5";

    private final InProcessS3 s3 = InProcessS3.start(ACCESS, SECRET, "static-images", "backups");

    /** A connection to the region {@code ams3}, signed with {@link #ACCESS} and the given secret. */
    public SyncConnection connection(String secret) {
        return new SyncConnection("64e100000000000000000001", "spaces", "Spaces", "Spaces (DO)", "DO DC",
                "64e100000000000000000002", List.of("ams3 (Amsterdam 3)"), s3.endpoint(), null,
                Map.of("_id", "64e100000000000000000003"), List.of(), Map.of("access", ACCESS, "secret", secret));
    }

    @Override
    public void close() {
        s3.close();
    }
}
