package io.maestro.common.inventory.schema;

import java.util.List;

/** Factory of schema fields, to write a record's rules as one readable declaration. */
public final class Schemas {

    private Schemas() {
    }

    public static StringSchema string() {
        return new StringSchema();
    }

    public static NumberSchema number() {
        return new NumberSchema();
    }

    public static BooleanSchema bool() {
        return new BooleanSchema();
    }

    public static AnySchema any() {
        return new AnySchema();
    }

    /** A strict object; add fields with {@link ObjectSchema#field}. */
    public static ObjectSchema object() {
        return new ObjectSchema();
    }

    /** A lenient object without declared fields: any JSON object. */
    public static ObjectSchema freeObject() {
        return new ObjectSchema().lenient();
    }

    public static ArraySchema array(FieldSchema<?> items) {
        return new ArraySchema(items);
    }

    /** An array of anything. */
    public static ArraySchema array() {
        return new ArraySchema(any());
    }

    public static AlternativesSchema oneOf(FieldSchema<?>... options) {
        return new AlternativesSchema(List.of(options));
    }
}
