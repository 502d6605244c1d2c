package io.maestro.server.api.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.Link;
import io.maestro.common.web.ResourceLinks;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.relation.BulkResult;
import io.maestro.server.domain.relation.DependencyService;
import io.maestro.server.domain.resource.RecordJson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dependency routes of applications (§2.6), personal and under {@code /teams/{teamId}} (team role 3). Add and
 * update answer 201 {@code {items: <deps>, _links: {_parent, _root}}} as the ACL routes do; remove 204; the
 * dependency maker 201 {@code {matched, modified}}.
 */
@RestController
public class DependencyController {

    private static final String TEAM = "teamId";
    private static final String APPLICATIONS = "applications";

    private final DependencyService dependencies;
    private final Actors actors;

    public DependencyController(DependencyService dependencies, Actors actors) {
        this.dependencies = dependencies;
        this.actors = actors;
    }

    @PostMapping({"/applications/{id}/deps", "/teams/{teamId}/applications/{id}/deps"})
    public ResponseEntity<Map<String, Object>> add(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return deps(id, dependencies.add(actors.resolve(teamId, AclRoles.WRITE, request), id, object(body)));
    }

    @PutMapping({"/applications/{id}/deps/{idu}", "/teams/{teamId}/applications/{id}/deps/{idu}"})
    public ResponseEntity<Map<String, Object>> update(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("idu") String dependencyId,
            @RequestBody(required = false) Object body, HttpServletRequest request) {
        return deps(id, dependencies.update(actors.resolve(teamId, AclRoles.WRITE, request), id, dependencyId, object(body)));
    }

    @DeleteMapping({"/applications/{id}/deps/{idu}", "/teams/{teamId}/applications/{id}/deps/{idu}"})
    public ResponseEntity<Void> remove(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("idu") String dependencyId, HttpServletRequest request) {
        dependencies.remove(actors.resolve(teamId, AclRoles.WRITE, request), id, dependencyId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping({"/applications/deps", "/teams/{teamId}/applications/deps"})
    public ResponseEntity<BulkResult> batch(@PathVariable(name = TEAM, required = false) String teamId,
            @RequestBody(required = false) Object body, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(dependencies.batch(actors.resolve(teamId, AclRoles.WRITE, request), body));
    }

    private static ResponseEntity<Map<String, Object>> deps(String id, List<Document> deps) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", RecordJson.plainAll(deps));
        body.put("_links", Map.of(
                "_parent", ResourceLinks.self(APPLICATIONS, id),
                "_root", Link.get("/" + APPLICATIONS + "/")));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A dependency body must be a JSON object; an absent body counts as {@code {}}. */
    private static Map<String, ?> object(Object body) {
        if (body == null) {
            return Map.of();
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> fields.put(String.valueOf(key), value));
            return fields;
        }
        throw new ValidatorException(ValidationDetail.field("value", "object.base", "must be an object"));
    }
}
