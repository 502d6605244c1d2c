package io.maestro.data.api;

import io.maestro.common.web.WireJson;
import io.maestro.data.domain.InventoryOperations;
import io.maestro.data.domain.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Aggregations, syncs (updateMany) and connection task states. */
@RestController
public class GatewayController {

    private final InventoryOperations gateway;

    public GatewayController(InventoryOperations gateway) {
        this.gateway = gateway;
    }

    @Operation(summary = "Aggregate: {entity, pipeline}; the pipeline starts with {$match: {roles._id: ...}}")
    @PostMapping("/aggregate")
    public Object aggregate(@RequestBody(required = false) String body) {
        return WireJson.of(gateway.aggregate(JsonValues.body(body)));
    }

    @Operation(summary = "Sync: {entity, query, body} → updateMany($set body, or the $-operators of body)")
    @PostMapping("/sync")
    public Object sync(@RequestBody(required = false) String body) {
        return WireJson.of(gateway.sync(JsonValues.body(body)));
    }

    @Operation(summary = "A connection document")
    @GetMapping({"/connection/{id}", "/connections/{id}"})
    public Object connection(@PathVariable String id) {
        return WireJson.of(gateway.connection(id));
    }

    @Operation(summary = "Record a task state on a connection: {status: danger|warning|success, task, msg}")
    @PostMapping({"/connection/{id}", "/connections/{id}"})
    public Object markConnection(@PathVariable String id, @RequestBody(required = false) String body) {
        return WireJson.of(gateway.markConnection(id, JsonValues.body(body)));
    }
}
