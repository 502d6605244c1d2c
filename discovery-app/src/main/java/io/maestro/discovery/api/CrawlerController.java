package io.maestro.discovery.api;

import io.maestro.common.web.NotFoundException;
import io.maestro.discovery.domain.ProviderCatalogue;
import io.maestro.discovery.domain.SyncPipeline;
import io.maestro.discovery.domain.SyncRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The crawler routes (0.6 §4.1): what can be crawled, and starting a sync of a connection's task. */
@RestController
class CrawlerController {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private final ProviderCatalogue catalogue;
    private final SyncPipeline pipeline;

    CrawlerController(ProviderCatalogue catalogue, SyncPipeline pipeline) {
        this.catalogue = catalogue;
        this.pipeline = pipeline;
    }

    /** A description of the crawler routes. */
    @GetMapping({"/crawler", "/crawler/"})
    Map<String, Object> routes() {
        return Map.of("items", List.of(
                route("GET", "/crawler/<provider>", "the provider's tasks and their commands"),
                route("GET", "/crawler/<provider>/<connection>/<task>", "echoes what a sync would run"),
                route("PUT", "/crawler/<provider>/<connection>/<task>", "starts a sync of the connection's task")));
    }

    private static Map<String, String> route(String method, String path, String does) {
        Map<String, String> route = new LinkedHashMap<>();
        route.put("method", method);
        route.put("path", path);
        route.put("description", does);
        return route;
    }

    /** The provider's tasks: {@code {permissions: {<task>: [commands]}}}. */
    @GetMapping("/crawler/{provider}")
    Map<String, Object> provider(@PathVariable String provider) {
        return catalogue.rules(provider).orElseThrow(() -> AvailableController.unknown(provider));
    }

    @GetMapping("/crawler/{provider}/{instance}/{task}")
    Map<String, Object> echo(@PathVariable String provider, @PathVariable String instance, @PathVariable String task) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("datacenter", provider);
        echo.put("instance", instance);
        echo.put("task", task);
        return echo;
    }

    /** Starts a sync: 201 {@code {msg: "In progress. <task>", conn_id, task, status: "warning"}}. */
    @PutMapping("/crawler/{provider}/{connectionId}/{task}")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> start(@PathVariable String provider, @PathVariable String connectionId,
            @PathVariable String task) {
        if (!OBJECT_ID.matcher(connectionId).matches()) {
            throw new NotFoundException("Connection " + connectionId + " not found");
        }
        SyncRun run = pipeline.start(provider, connectionId, task);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("msg", "In progress. " + task);
        answer.put("conn_id", connectionId);
        answer.put("task", task);
        answer.put("status", "warning");
        answer.put("run_id", run.runId());
        return answer;
    }
}
