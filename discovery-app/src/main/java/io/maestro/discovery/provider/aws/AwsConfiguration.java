package io.maestro.discovery.provider.aws;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/** One HTTP client for every AWS SDK client discovery builds, with the service-wide timeout; the list page sizes. */
@Configuration(proxyBeanMethods = false)
public class AwsConfiguration {

    @Bean(destroyMethod = "close")
    SdkHttpClient awsHttpClient(@Value("${maestro.timeout:10000}") long timeoutMillis) {
        return ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(timeoutMillis))
                .socketTimeout(Duration.ofMillis(timeoutMillis))
                .build();
    }

    @Bean
    AwsClients awsClients(SdkHttpClient awsHttpClient) {
        return new AwsClients(awsHttpClient);
    }

    @Bean
    AwsPageSizes awsPageSizes(@Value("${maestro.discovery.scan-qtd:0}") int scan,
            @Value("${maestro.aws.rds-page-size:0}") int dbScan,
            @Value("${maestro.aws.cloudfront-page-size:0}") int cdnScan) {
        return new AwsPageSizes(scan, dbScan, cdnScan);
    }
}
