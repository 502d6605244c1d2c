package io.maestro.common.web;

import org.bson.types.ObjectId;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Mongo values on the wire as Maestro 0.6 wrote them: an {@link ObjectId} is its 24-hex string, wherever it sits
 * ({@code _id}, {@code roles[]._id}, {@code owner._id}, …), so services can return stored documents as they are.
 */
public class MongoJsonModule extends SimpleModule {

    public MongoJsonModule() {
        super("maestro-mongo");
        addSerializer(ObjectId.class, ToStringSerializer.instance);
    }
}
