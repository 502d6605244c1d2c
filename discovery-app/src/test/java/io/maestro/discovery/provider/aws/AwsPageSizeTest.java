package io.maestro.discovery.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsPageSizeTest {

    @Test
    void eachCallKeepsItsOwnDefaultUnlessMaestroScanQtdIsSet() {
        assertThat(new AwsPageSize(0).of(200, 1000)).isEqualTo(200);
        assertThat(new AwsPageSize(0).of(100, 100)).isEqualTo(100);
        assertThat(new AwsPageSize(50).of(200, 1000)).isEqualTo(50);
    }

    @Test
    void staysWithinWhatTheApiAccepts() {
        assertThat(new AwsPageSize(500).of(100, 100)).as("route tables, ACLs, Auto Scaling").isEqualTo(100);
        assertThat(new AwsPageSize(2).of(200, 1000)).as("EC2 refuses MaxResults below 5").isEqualTo(5);
    }
}
