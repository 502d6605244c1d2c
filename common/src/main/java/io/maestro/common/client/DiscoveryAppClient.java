package io.maestro.common.client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;
import tools.jackson.databind.JsonNode;

/** discovery-app (docs/discovery.md): its provider catalogue, its crawl rules, and the start of a sync task. */
@HttpExchange(accept = "application/json")
public interface DiscoveryAppClient {

    /** {@code GET /available/info}: every provider discovery knows. */
    @GetExchange("/available/info")
    JsonNode providers();

    /** {@code GET /available/info/<provider>}. */
    @GetExchange("/available/info/{provider}")
    JsonNode provider(@PathVariable String provider);

    /** {@code GET /available/rules}: every provider's tasks and their rules. */
    @GetExchange("/available/rules")
    JsonNode rules();

    /** {@code GET /available/rules/<provider>}: {@code {items:[{value:{permissions:{<task>:[<command>, ...]}}}]}}. */
    @GetExchange("/available/rules/{provider}")
    JsonNode rules(@PathVariable String provider);

    /** {@code PUT /crawler/<provider>/<connection>/<task>}: starts one sync; answers {@code {..., run_id}}. */
    @PutExchange("/crawler/{provider}/{connectionId}/{task}")
    JsonNode startTask(@PathVariable String provider, @PathVariable String connectionId, @PathVariable String task);
}
