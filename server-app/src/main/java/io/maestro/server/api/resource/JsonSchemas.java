package io.maestro.server.api.resource;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON Schema documents ({@code FieldSchema#jsonSchema()}) as OpenAPI 3.1 schema objects. */
final class JsonSchemas {

    private JsonSchemas() {
    }

    static Schema<Object> toOpenApi(Map<String, Object> json) {
        JsonSchema schema = new JsonSchema();
        json.forEach((keyword, value) -> {
            switch (keyword) {
                case "type" -> schema.addType((String) value);
                case "title" -> schema.setTitle((String) value);
                case "description" -> schema.setDescription((String) value);
                case "properties" -> map(value).forEach((name, property) -> schema.addProperty(name, toOpenApi(map(property))));
                case "required" -> schema.setRequired(strings(value));
                case "additionalProperties" -> schema.setAdditionalProperties(
                        value instanceof Boolean allowed ? allowed : toOpenApi(map(value)));
                case "items" -> schema.setItems(toOpenApi(map(value)));
                case "anyOf" -> schema.setAnyOf(((List<?>) value).stream().map(option -> (Schema) toOpenApi(map(option))).toList());
                case "enum" -> schema.setEnum(List.copyOf((List<?>) value));
                case "minLength" -> schema.setMinLength((Integer) value);
                case "maxLength" -> schema.setMaxLength((Integer) value);
                case "maxItems" -> schema.setMaxItems((Integer) value);
                case "uniqueItems" -> schema.setUniqueItems((Boolean) value);
                case "minimum" -> schema.setMinimum(decimal(value));
                case "maximum" -> schema.setMaximum(decimal(value));
                case "exclusiveMinimum" -> schema.setExclusiveMinimumValue(decimal(value));
                case "format" -> schema.setFormat((String) value);
                case "pattern" -> schema.setPattern((String) value);
                case "default" -> schema.setDefault(value);
                default -> schema.addExtension(keyword.startsWith("x-") ? keyword : "x-" + keyword, value);
            }
        });
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value));
    }
}
