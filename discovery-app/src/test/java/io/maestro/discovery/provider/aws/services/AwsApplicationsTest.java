package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsApplicationsTest {

    @Test
    void lambdaTimesBecomeInstantsAndOtherFormsAreKept() {
        assertThat(AwsApplications.lambdaTime("2025-06-03T15:20:40.215+0200")).isEqualTo("2025-06-03T13:20:40.215Z");
        assertThat(AwsApplications.lambdaTime("yesterday")).isEqualTo("yesterday");
        assertThat(AwsApplications.lambdaTime(null)).isNull();
    }
}
