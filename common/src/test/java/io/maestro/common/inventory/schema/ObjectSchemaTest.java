package io.maestro.common.inventory.schema;

import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.freeObject;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ObjectSchemaTest {

    static final ObjectSchema RECORD = object()
            .field("name", string().length(3, 30).required())
            .field("email", string().email())
            .field("url", string().httpUri())
            .field("ip", string().ip())
            .field("size", number().greater(0).max(1024))
            .field("flag", bool())
            .field("status", string().oneOf("Active", "Stopped").withDefault("Active"))
            .field("os", object().field("base", string().max(5)))
            .field("meta", freeObject())
            .field("disks", array(object().field("name", string()).field("gb", number())).uniqueBy("name"))
            .field("unique_id", oneOf(string(), number()));

    static List<ValidationDetail> failures(Map<String, ?> body, Mode mode) {
        return catchThrowableOfType(ValidatorException.class, () -> RECORD.validateBody(body, mode)).details();
    }

    @Test
    void dropsUnknownTopLevelKeysAndAppliesDefaultsOnCreate() {
        Document checked = RECORD.validateBody(Map.of("name", "web", "thisFieldMustnApper", 1), Mode.COMPLETE);

        assertThat(checked).containsOnlyKeys("name", "status");
        assertThat(checked.get("status")).isEqualTo("Active");
    }

    @Test
    void partialModeNeitherRequiresNorDefaults() {
        assertThat(RECORD.validateBody(Map.of("size", 2), Mode.PARTIAL)).containsOnlyKeys("size");
    }

    @Test
    void namesTheMissingRequiredFieldLikeJoi() {
        ValidationDetail detail = failures(Map.of("size", 2), Mode.COMPLETE).get(0);

        assertThat(detail.message()).isEqualTo("\"name\" is required");
        assertThat(detail.path()).containsExactly("name");
        assertThat(detail.type()).isEqualTo("any.required");
    }

    @Test
    void reportsEveryFailingFieldWithItsJoiType() {
        List<ValidationDetail> details = failures(Map.of("name", "ab", "email", "nope", "url", "ftp://x.example",
                "ip", "10.0.0.300", "size", 0, "flag", "maybe", "status", "Gone"), Mode.PARTIAL);

        assertThat(details).extracting(ValidationDetail::type).containsExactlyInAnyOrder("string.min", "string.email",
                "string.uriCustomScheme", "string.ip", "number.greater", "boolean.base", "any.allowOnly");
    }

    @Test
    void convertsNumericStringsAndBooleanStringsAsJoiDid() {
        Document checked = RECORD.validateBody(Map.of("size", "12", "flag", "true"), Mode.PARTIAL);

        assertThat(checked.get("size")).isEqualTo(12);
        assertThat(checked.get("flag")).isEqualTo(true);
        assertThat(failures(Map.of("size", "2000"), Mode.PARTIAL).get(0).type()).isEqualTo("number.max");
    }

    @Test
    void strictNestedObjectsRejectUnknownKeysLenientOnesKeepThem() {
        ValidationDetail unknown = failures(Map.of("os", Map.of("base", "deb", "colour", "red")), Mode.PARTIAL).get(0);
        assertThat(unknown.path()).containsExactly("os", "colour");
        assertThat(unknown.type()).isEqualTo("object.allowUnknown");

        Document kept = RECORD.validateBody(Map.of("meta", Map.of("anything", List.of(1))), Mode.PARTIAL);
        assertThat(kept.get("meta", Map.class)).containsEntry("anything", List.of(1));
    }

    @Test
    void freeFormValuesRefuseDollarAndNulKeysAtAnyDepthAndKeepDottedOnes() {
        ObjectSchema schema = object().field("meta", freeObject()).field("extra", Schemas.any());
        List<ValidationDetail> details = catchThrowableOfType(ValidatorException.class, () -> schema.validateBody(
                Map.of("meta", Map.of("$where", 1, "ok", List.of(Map.of("$gt", 2)), "a\u0000b", 3),
                        "extra", List.of(Map.of("deep", Map.of("$ne", 4)))), Mode.PARTIAL)).details();

        assertThat(details).extracting(ValidationDetail::path).containsExactlyInAnyOrder(List.of("meta", "$where"),
                List.of("meta", "ok", 0, "$gt"), List.of("meta", "a\u0000b"), List.of("extra", 0, "deep", "$ne"));
        assertThat(details).extracting(ValidationDetail::type).containsOnly("object.invalidKey");
        assertThat(schema.validateBody(Map.of("meta", Map.of("app.kubernetes.io/name", "web", "price", "5$")),
                Mode.PARTIAL).get("meta", Map.class)).containsEntry("app.kubernetes.io/name", "web");
    }

    @Test
    void arraysCheckEachItemAndUniqueness() {
        List<ValidationDetail> details = failures(Map.of("disks", List.of(Map.of("name", "a", "gb", "x"),
                Map.of("name", "a"))), Mode.PARTIAL);

        assertThat(details).extracting(ValidationDetail::path)
                .containsExactlyInAnyOrder(List.of("disks", 0, "gb"), List.of("disks", 1));
        assertThat(details).extracting(ValidationDetail::type).contains("number.base", "array.unique");
        assertThat(failures(Map.of("disks", "none"), Mode.PARTIAL).get(0).type()).isEqualTo("array.base");
    }

    @Test
    void alternativesAcceptAnyOfTheirSchemas() {
        assertThat(RECORD.validateBody(Map.of("unique_id", 42), Mode.PARTIAL).get("unique_id")).isEqualTo(42);
        assertThat(RECORD.validateBody(Map.of("unique_id", "i-1"), Mode.PARTIAL).get("unique_id")).isEqualTo("i-1");
        assertThat(failures(Map.of("unique_id", List.of()), Mode.PARTIAL).get(0).type()).isEqualTo("alternatives.base");
    }

    @Test
    void emptyTextsAndWrongTypesAreRefused() {
        assertThat(failures(Map.of("name", ""), Mode.PARTIAL).get(0).type()).isEqualTo("any.empty");
        assertThat(failures(Map.of("name", 5), Mode.PARTIAL).get(0).type()).isEqualTo("string.base");
        assertThat(failures(Map.of("os", "linux"), Mode.PARTIAL).get(0).type()).isEqualTo("object.base");
    }
}
