package io.maestro.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import tools.jackson.databind.json.JsonMapper;

class MongoJsonModuleTest {

    @Test
    void objectIdsAreWrittenAsHexStringsWhereverTheySit() {
        ObjectId id = new ObjectId("5f1c0c6e2b3a4d5e6f708192");
        ObjectId member = new ObjectId("5f1c0c6e2b3a4d5e6f708193");
        Document stored = new Document("_id", id).append("name", "web-1")
                .append("roles", List.of(new Document("_id", member).append("role", 7)))
                .append("owner", Map.of("_id", member));
        String json = JsonMapper.builder().addModule(new MongoJsonModule()).build().writeValueAsString(stored);
        assertThat(json).isEqualTo("{\"_id\":\"5f1c0c6e2b3a4d5e6f708192\",\"name\":\"web-1\","
                + "\"roles\":[{\"_id\":\"5f1c0c6e2b3a4d5e6f708193\",\"role\":7}],\"owner\":{\"_id\":\"5f1c0c6e2b3a4d5e6f708193\"}}");
    }

    @Test
    void everyServiceGetsTheModule() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(MongoJsonAutoConfiguration.class.getName());
    }
}
