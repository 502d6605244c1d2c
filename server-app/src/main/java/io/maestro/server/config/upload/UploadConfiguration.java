package io.maestro.server.config.upload;

import io.maestro.server.domain.upload.UploadService;
import io.maestro.server.domain.upload.UploadStorage;
import io.maestro.server.store.upload.LocalUploadStorage;
import io.maestro.server.store.upload.S3UploadStorage;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UploadConfiguration.class);

    @Bean
    UploadStorage uploadStorage(UploadProperties properties) {
        if (properties.isS3()) {
            return s3Storage(properties.s3());
        }
        if (!properties.isLocal()) {
            throw new IllegalStateException("MAESTRO_UPLOAD_TYPE must be Local or S3, not '" + properties.type() + "'");
        }
        log.info("Uploads are stored in {} (public, served at /static/) and {} (private)",
                properties.publicDirectory(), properties.privateDirectory());
        return new LocalUploadStorage(properties.publicDirectory(), properties.privateDirectory());
    }

    @Bean
    UploadService uploadService(UploadStorage storage, UploadProperties properties) {
        return new UploadService(storage, properties.maxSize().toBytes());
    }

    /** Local public files (avatars) at {@code /static/**}, as 0.6 served its {@code public/} directory. */
    @Bean
    WebMvcConfigurer publicUploads(ObjectProvider<UploadStorage> storage) {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                if (storage.getObject() instanceof LocalUploadStorage local) {
                    String location = local.publicRoot().toUri().toString();
                    registry.addResourceHandler("/static/**")
                            .addResourceLocations(location.endsWith("/") ? location : location + "/");
                }
            }
        };
    }

    private static S3UploadStorage s3Storage(UploadProperties.S3 s3) {
        if (isBlank(s3.bucket()) || isBlank(s3.privateBucket())) {
            throw new IllegalStateException(
                    "MAESTRO_UPLOAD_TYPE=S3 needs AWS_S3_BUCKET_NAME and AWS_S3_PRIVATE_BUCKET_NAME");
        }
        Region region = Region.of(isBlank(s3.region()) ? "us-east-1" : s3.region());
        AwsCredentialsProvider credentials = isBlank(s3.accessKeyId())
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()));
        // custom endpoints (MinIO, Ceph, S3Proxy...) are addressed path-style and get checksums only where required
        boolean custom = !isBlank(s3.endpoint());
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(custom).build();
        var client = S3Client.builder().region(region).credentialsProvider(credentials)
                .httpClientBuilder(ApacheHttpClient.builder())
                .serviceConfiguration(pathStyle);
        var presigner = S3Presigner.builder().region(region).credentialsProvider(credentials)
                .serviceConfiguration(pathStyle);
        if (custom) {
            client.endpointOverride(URI.create(s3.endpoint()))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
            presigner.endpointOverride(URI.create(s3.endpoint()));
        }
        log.info("Uploads go to S3 buckets {} (public) and {} (private){}", s3.bucket(), s3.privateBucket(),
                custom ? " at " + s3.endpoint() : "");
        return new S3UploadStorage(client.build(), presigner.build(), s3.bucket(), s3.privateBucket());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
