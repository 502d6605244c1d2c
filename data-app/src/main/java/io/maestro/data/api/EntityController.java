package io.maestro.data.api;

import io.maestro.common.web.WireJson;
import io.maestro.data.domain.DataEntity;
import io.maestro.data.domain.InventoryOperations;
import io.maestro.data.domain.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Queries and bulk upserts on one allow-listed entity ({@code /servers}, {@code /flavors_public}, ...). */
@RestController
public class EntityController {

    private static final Logger log = LoggerFactory.getLogger(EntityController.class);
    static final String NDJSON = "application/x-ndjson";

    private final InventoryOperations gateway;
    private final JsonMapper json;

    public EntityController(InventoryOperations gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @Operation(summary = "Query an entity with query parameters: query (JSON), limit, page")
    @GetMapping("/{entity}")
    public Object list(@PathVariable String entity, @RequestParam(required = false) String query,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String page) {
        return WireJson.of(gateway.query(DataEntity.require(entity, DataEntity.Route.QUERY), query, limit, page));
    }

    @Operation(summary = "Query an entity: {query (JSON string or object), limit, page, fields (paths to answer)}")
    @PostMapping("/{entity}")
    public Object query(@PathVariable String entity, @RequestBody(required = false) String body) {
        DataEntity target = DataEntity.require(entity, DataEntity.Route.QUERY);
        Document request = body == null || body.isBlank() ? new Document() : JsonValues.body(body);
        return WireJson.of(gateway.query(target, request.get("query"), request.get("limit"), request.get("page"),
                request.get("fields")));
    }

    /**
     * The same query answered as NDJSON (asked by {@code Accept: application/x-ndjson}): every matching record, in
     * {@code _id} order, one JSON object a line, written as one store cursor reads them; {@code limit} and {@code page}
     * are not taken. A download ({@code Content-Disposition: attachment}), so that a peer client hands it over unread.
     * A bad query is refused before the first line; a failure after it cuts the answer short (the connection is closed
     * without the end of the body), never an answer that looks whole.
     */
    @Operation(summary = "Query an entity, every match as NDJSON in _id order (Accept: application/x-ndjson): {query}")
    @PostMapping(path = "/{entity}", produces = NDJSON)
    public void stream(@PathVariable String entity, @RequestBody(required = false) String body,
            HttpServletResponse response) throws IOException {
        DataEntity target = DataEntity.require(entity, DataEntity.Route.QUERY);
        Document request = body == null || body.isBlank() ? new Document() : JsonValues.body(body);
        InventoryOperations.Matches matches = gateway.matches(target, request.get("query"));
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + entity + ".ndjson\"");
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        try {
            matches.forEach(document -> {
                try {
                    out.write(json.writeValueAsBytes(WireJson.of(document)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (RuntimeException failed) {
            if (!response.isCommitted()) {
                response.reset(); // nothing sent yet: the error envelope instead
                throw failed;
            }
            // without its cause, so that no handler of the cause writes an envelope after the lines sent: the
            // container closes the connection, and the client sees the answer broken off
            log.warn("NDJSON answer of {} broken off: {}", entity, failed.toString());
            throw new IllegalStateException("NDJSON answer of " + entity + " broken off");
        }
    }

    @Operation(summary = "Bulk upsert: {body: [documents]} by _id, else unique_id, else insert")
    @PutMapping("/{entity}")
    public Object upsert(@PathVariable String entity, @RequestBody(required = false) String body) {
        DataEntity target = DataEntity.require(entity, DataEntity.Route.BULK);
        return WireJson.of(gateway.bulkUpsert(target, JsonValues.body(body)));
    }
}
