package io.maestro.discovery.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AWS connection wizard (0.6's {@code info.json}): keys required, endpoint optional. */
class AwsWizardDefinitionTest {

    @Test
    void asksForTheKeysAndOptionallyAnEndpoint() throws IOException {
        JsonNode info;
        try (InputStream in = getClass().getResourceAsStream("/providers/aws/info.json")) {
            info = JsonMapper.builder().build().readTree(in);
        }

        assertThat(info.path("label").asString()).isEqualTo("AWS");
        assertThat(info.path("icon").asString()).isEqualTo("icon-aws");
        assertThat(info.path("method").get(0).asString()).isEqualTo("AWS Access Key(IAM)");
        JsonNode iam = info.path("data").get(0);
        assertThat(iam.path("service").asString()).isEqualTo("iam_aws");
        List<JsonNode> conn = iam.path("template").path("conn").valueStream().toList();
        assertThat(conn).extracting(field -> field.path("metas").path("name").asString())
                .containsExactly("access", "secret");
        assertThat(conn).allSatisfy(field -> assertThat(field.path("validate").asString()).isEqualTo("required"));
        assertThat(conn.get(1).path("metas").path("type").asString()).isEqualTo("password");
        JsonNode endpoint = iam.path("template").path("extra").get(0);
        assertThat(endpoint.path("metas").path("name").asString()).isEqualTo("url");
        assertThat(endpoint.path("validate").asString()).isEmpty();
    }
}
