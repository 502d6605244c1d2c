package io.maestro.analytics.api;

import io.maestro.analytics.domain.GraphStarter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** analytics-app's route (0.6 contract §7.1), behind the private service token. */
@RestController
class GraphController {

    private final GraphStarter starter;

    GraphController(GraphStarter starter) {
        this.starter = starter;
    }

    @Operation(summary = "Queue the map of a graph: {_id, owner_id, type: bussiness, clients|systems|apps: [{_id}]}")
    @PostMapping(path = "/graph", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> start(@RequestBody Map<String, Object> body) {
        return starter.start(body);
    }
}
