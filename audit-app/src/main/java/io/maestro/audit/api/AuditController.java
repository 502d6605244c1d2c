package io.maestro.audit.api;

import io.maestro.common.web.WireJson;
import io.maestro.audit.domain.AuditCommand;
import io.maestro.common.audit.Change;
import io.maestro.audit.domain.AuditRecorder;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maestro 0.6 audit routes, plus reading one version and comparing two. */
@RestController
@RequestMapping("/audit/{entity}/{id}")
public class AuditController {

    private final AuditRecorder recorder;

    public AuditController(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @Operation(summary = "History rows of a document, oldest first (limit default 20000, page)")
    @GetMapping
    public Object history(@PathVariable String entity, @PathVariable String id,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer page) {
        return WireJson.of(recorder.history(entity, id, limit, page));
    }

    @Operation(summary = "One history row with state, the document as it was after that change")
    @GetMapping("/rows/{rowId}")
    public Object row(@PathVariable String entity, @PathVariable String id, @PathVariable String rowId) {
        return WireJson.of(recorder.row(entity, id, rowId));
    }

    @Operation(summary = "What changed between the states after two history rows")
    @GetMapping("/diff")
    public Object diff(@PathVariable String entity, @PathVariable String id, @RequestParam String from,
            @RequestParam String to) {
        return WireJson.of(recorder.diff(entity, id, from, to));
    }

    @Operation(summary = "The document was created: its body becomes the snapshot; 201 with the row")
    @PostMapping({"", "/{user}"})
    public ResponseEntity<Object> created(@PathVariable String entity, @PathVariable String id,
            @PathVariable(required = false) String user, @RequestBody(required = false) Map<String, Object> body) {
        return rowWritten(new AuditCommand(Change.CREATE, entity, id, user, body));
    }

    @Operation(summary = "The document was replaced: full diff against the snapshot; 204")
    @PutMapping({"", "/{user}"})
    public ResponseEntity<Void> replaced(@PathVariable String entity, @PathVariable String id,
            @PathVariable(required = false) String user, @RequestBody(required = false) Map<String, Object> body) {
        recorder.record(new AuditCommand(Change.UPDATE, entity, id, user, body));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Some fields were set: diff of the fields sent; 201 with the row")
    @PatchMapping({"", "/{user}"})
    public ResponseEntity<Object> patched(@PathVariable String entity, @PathVariable String id,
            @PathVariable(required = false) String user, @RequestBody(required = false) Map<String, Object> body) {
        return rowWritten(new AuditCommand(Change.PATCH, entity, id, user, body));
    }

    @Operation(summary = "The document was deleted: row {removed: true}; 201")
    @DeleteMapping({"", "/{user}"})
    public ResponseEntity<Object> removed(@PathVariable String entity, @PathVariable String id,
            @PathVariable(required = false) String user) {
        return rowWritten(new AuditCommand(Change.DELETE, entity, id, user, null));
    }

    /** 201 with the row written (without its state), or an empty object when the change changed nothing. */
    private ResponseEntity<Object> rowWritten(AuditCommand command) {
        Object answer = recorder.record(command)
                .map(row -> {
                    Document summary = new Document(row);
                    summary.remove("state");
                    return WireJson.of(summary);
                })
                .orElseGet(Map::of);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }
}
