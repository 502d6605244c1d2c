package io.maestro.discovery.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.discovery.domain.RunUnit;
import io.maestro.discovery.domain.SyncRun;
import io.maestro.discovery.domain.SyncStep;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of step reads back as itself from a queue message, through the converter every Maestro service uses. */
class SyncStepMessageTest {

    private static final SyncRun RUN = new SyncRun("run-1", "file", "0123456789abcdef01234567", "server-import",
            Instant.parse("2026-01-02T03:04:05Z"));
    private static final RunUnit UNIT = new RunUnit("maestro_template", "all");

    /** As {@code MaestroMessagingAutoConfiguration} builds it. */
    private final JacksonJsonMessageConverter converter = new JacksonJsonMessageConverter(
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), "io.maestro");

    @SuppressWarnings("unused")
    void listener(MaestroMessage<SyncStep> message) {
    }

    @Test
    void everyStepReadsBackAsItselfUnderItsId() throws Exception {
        Method listener = getClass().getDeclaredMethod("listener", MaestroMessage.class);
        List<SyncStep> steps = List.of(
                new SyncStep.Scan(RUN, UNIT, "2", 2, 7),
                new SyncStep.Load(RUN, UNIT, 3, List.of(Map.of("InstanceId", "i-1", "Tags", List.of(Map.of("Key", "v"))))),
                new SyncStep.Cleanup(RUN, UNIT),
                new SyncStep.Finish(RUN));
        for (SyncStep step : steps) {
            Message message = converter.toMessage(new MaestroMessage<>(step.stepId(), Instant.now(), step),
                    new MessageProperties());
            message.getMessageProperties().setInferredArgumentType(listener.getGenericParameterTypes()[0]);

            MaestroMessage<?> read = (MaestroMessage<?>) converter.fromMessage(message);

            assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).as("the type leads the step")
                    .contains("\"payload\":{\"stage\":\"" + step.stage() + "\"");

            assertThat(read.payload()).isEqualTo(step);
            assertThat(read.messageId()).isEqualTo(step.stepId());
        }
    }
}
