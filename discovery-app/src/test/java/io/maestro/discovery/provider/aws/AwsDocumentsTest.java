package io.maestro.discovery.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AwsDocumentsTest {

    @Test
    void zonesAreReadFromASingleZoneANameListOrZoneObjects() {
        assertThat(AwsDocuments.zoneNames("eu-west-1a")).containsExactly("eu-west-1a");
        assertThat(AwsDocuments.zoneNames(List.of("eu-west-1a", "eu-west-1b")))
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(AwsDocuments.zoneNames(List.of(Map.of("ZoneName", "eu-west-1c", "SubnetId", "subnet-1"),
                Map.of("SubnetId", "subnet-without-zone")))).containsExactly("eu-west-1c");
        assertThat(AwsDocuments.zoneNames(null)).isEmpty();
    }

    @Test
    void aResourceIsActiveUnlessItsStateIsAnInactiveOneWhateverItsCasing() {
        Set<String> inactive = Set.of("failed");
        assertThat(AwsDocuments.active(AwsDocuments.state(Map.of("State", Map.of("Code", "Failed")), "State.Code"),
                inactive)).isFalse();
        assertThat(AwsDocuments.active(AwsDocuments.state(Map.of("State", Map.of("Code", "active")), "State.Code"),
                inactive)).isTrue();
        assertThat(AwsDocuments.active(AwsDocuments.state(Map.of(), "State.Code"), inactive)).isTrue();
    }

    @Test
    void statusIsTheStateWithACapitalFirstLetter() {
        assertThat(AwsDocuments.status(Map.of("State", Map.of("Code", "active_impaired")), "State.Code"))
                .isEqualTo("Active_impaired");
        assertThat(AwsDocuments.status(Map.of(), "State.Code")).isNull();
    }
}
