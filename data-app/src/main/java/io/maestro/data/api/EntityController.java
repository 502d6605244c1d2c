package io.maestro.data.api;

import io.maestro.common.web.WireJson;
import io.maestro.data.domain.DataEntity;
import io.maestro.data.domain.InventoryOperations;
import io.maestro.data.domain.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Queries and bulk upserts on one allow-listed entity ({@code /servers}, {@code /flavors_public}, ...). */
@RestController
public class EntityController {

    private final InventoryOperations gateway;

    public EntityController(InventoryOperations gateway) {
        this.gateway = gateway;
    }

    @Operation(summary = "Query an entity with query parameters: query (JSON), limit, page")
    @GetMapping("/{entity}")
    public Object list(@PathVariable String entity, @RequestParam(required = false) String query,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        return WireJson.of(gateway.query(DataEntity.require(entity, DataEntity.Route.QUERY), query, limit, page));
    }

    @Operation(summary = "Query an entity: {query (JSON string or object), limit, page}")
    @PostMapping("/{entity}")
    public Object query(@PathVariable String entity, @RequestBody(required = false) String body) {
        DataEntity target = DataEntity.require(entity, DataEntity.Route.QUERY);
        Document request = body == null || body.isBlank() ? new Document() : JsonValues.body(body);
        return WireJson.of(gateway.query(target, request.get("query"), request.get("limit"), request.get("page")));
    }

    @Operation(summary = "Bulk upsert: {body: [documents]} by _id, else unique_id, else insert")
    @PutMapping("/{entity}")
    public Object upsert(@PathVariable String entity, @RequestBody(required = false) String body) {
        DataEntity target = DataEntity.require(entity, DataEntity.Route.BULK);
        return WireJson.of(gateway.bulkUpsert(target, JsonValues.body(body)));
    }
}
