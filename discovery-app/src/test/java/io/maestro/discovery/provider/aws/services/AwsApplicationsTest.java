package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AwsApplicationsTest {

    @Test
    void zonesAreReadFromASingleZoneANameListOrZoneObjects() {
        assertThat(AwsApplications.zoneNames("eu-west-1a")).containsExactly("eu-west-1a");
        assertThat(AwsApplications.zoneNames(List.of("eu-west-1a", "eu-west-1b")))
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(AwsApplications.zoneNames(List.of(Map.of("ZoneName", "eu-west-1c", "SubnetId", "subnet-1"),
                Map.of("SubnetId", "subnet-without-zone")))).containsExactly("eu-west-1c");
        assertThat(AwsApplications.zoneNames(null)).isEmpty();
    }

    @Test
    void lambdaTimesBecomeInstantsAndOtherFormsAreKept() {
        assertThat(AwsApplications.lambdaTime("2025-06-03T15:20:40.215+0200")).isEqualTo("2025-06-03T13:20:40.215Z");
        assertThat(AwsApplications.lambdaTime("yesterday")).isEqualTo("yesterday");
        assertThat(AwsApplications.lambdaTime(null)).isNull();
    }

    @Test
    void aResourceIsActiveUnlessItsStateIsAnInactiveOne() {
        Set<String> inactive = Set.of("failed");
        assertThat(AwsApplications.activeUnless(Map.of("State", Map.of("Code", "failed")), "State.Code", inactive))
                .isFalse();
        assertThat(AwsApplications.activeUnless(Map.of("State", Map.of("Code", "active")), "State.Code", inactive))
                .isTrue();
        assertThat(AwsApplications.activeUnless(Map.of(), "State.Code", inactive)).isTrue();
    }
}
