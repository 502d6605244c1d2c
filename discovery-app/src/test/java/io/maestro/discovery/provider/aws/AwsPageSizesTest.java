package io.maestro.discovery.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsPageSizesTest {

    @Test
    void eachCallKeepsItsOwnDefaultUnlessItsSettingIsSet() {
        assertThat(AwsPageSizes.DEFAULTS.scan(200, 5, 1000)).isEqualTo(200);
        assertThat(AwsPageSizes.DEFAULTS.scan(100, 1, 100)).isEqualTo(100);
        assertThat(new AwsPageSizes(50, 0, 0).scan(200, 5, 1000)).isEqualTo(50);
        assertThat(new AwsPageSizes(-1, 0, 0).scan(50, 1, 50)).isEqualTo(50);
    }

    @Test
    void rdsAndCloudFrontHaveTheirOwnSettings() {
        assertThat(new AwsPageSizes(5, 0, 0).dbScan(100, 20, 100)).as("MAESTRO_SCAN_QTD is not RDS's").isEqualTo(100);
        assertThat(new AwsPageSizes(5, 50, 7).dbScan(100, 20, 100)).isEqualTo(50);
        assertThat(new AwsPageSizes(5, 50, 7).cdnScan(100, 1, 1000)).isEqualTo(7);
    }

    @Test
    void staysWithinWhatTheApiAccepts() {
        assertThat(new AwsPageSizes(500, 0, 0).scan(100, 5, 100)).as("route tables, ACLs").isEqualTo(100);
        assertThat(new AwsPageSizes(1000, 0, 0).scan(200, 1, 400)).isEqualTo(400);
        assertThat(new AwsPageSizes(2, 0, 0).scan(200, 5, 1000)).as("EC2 refuses MaxResults below 5").isEqualTo(5);
        assertThat(new AwsPageSizes(5, 0, 0).scan(100, 20, 100)).as("ElastiCache refuses below 20").isEqualTo(20);
    }
}
