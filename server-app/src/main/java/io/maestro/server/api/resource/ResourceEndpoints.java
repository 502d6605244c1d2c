package io.maestro.server.api.resource;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.ListQueryParser;
import io.maestro.common.query.LiteralRegex;
import io.maestro.common.web.CountResponse;
import io.maestro.common.web.Link;
import io.maestro.common.web.ListEnvelope;
import io.maestro.common.web.QueryException;
import io.maestro.common.web.ResourceLinks;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.RouteGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP handlers of one registered resource. One instance per {@link ResourceDefinition}; each handler serves both
 * the personal route and its {@code /teams/{teamId}} mirror ({@code teamId} is null on the personal one).
 * Status codes as Maestro 0.6: list/count/get 200, create 201, PUT/PATCH 202, DELETE 204, ACL add/replace/set 201,
 * ACL remove 204.
 */
public final class ResourceEndpoints {

    private static final String TEAM = "teamId";

    private final ResourceDefinition definition;
    private final ResourceService service;
    private final Actors actors;

    ResourceEndpoints(ResourceDefinition definition, ResourceService service, Actors actors) {
        this.definition = definition;
        this.service = service;
        this.actors = actors;
    }

    @EndpointRoute(method = RequestMethod.GET, path = "", group = RouteGroup.READ, teamRole = AclRoles.READ)
    public ResponseEntity<ListEnvelope> list(@PathVariable(name = TEAM, required = false) String teamId,
            HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(envelope(teamId, service.list(definition, actor, parse(request))));
    }

    @EndpointRoute(method = RequestMethod.GET, path = "/count", group = RouteGroup.READ, teamRole = AclRoles.READ)
    public ResponseEntity<CountResponse> count(@PathVariable(name = TEAM, required = false) String teamId,
            HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(new CountResponse(service.count(definition, actor, parse(request))));
    }

    /** Records whose name contains {@code complete} (literal, case-insensitive), in the list envelope. */
    @EndpointRoute(method = RequestMethod.GET, path = "/autocomplete", group = RouteGroup.READ, teamRole = AclRoles.READ,
            autocomplete = true)
    public ResponseEntity<ListEnvelope> autocomplete(@PathVariable(name = TEAM, required = false) String teamId,
            @RequestParam(name = "complete", required = false) String complete, HttpServletRequest request) {
        if (complete == null || complete.isBlank()) {
            throw new QueryException("Parameter 'complete' is required: the text the names should contain");
        }
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        ListQuery query = parse(request)
                .and(new Document("name", new Document("$regex", LiteralRegex.escape(complete)).append("$options", "i")));
        return ResponseEntity.ok(envelope(teamId, service.list(definition, actor, query)));
    }

    @EndpointRoute(method = RequestMethod.GET, path = "/{id}", group = RouteGroup.READ, teamRole = AclRoles.READ)
    public ResponseEntity<Map<String, Object>> get(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(single(teamId, service.get(definition, actor, id)));
    }

    @EndpointRoute(method = RequestMethod.POST, path = "", group = RouteGroup.WRITE, teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> create(@PathVariable(name = TEAM, required = false) String teamId,
            @RequestBody(required = false) Object body, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(single(teamId, service.create(definition, actor, object(body))));
    }

    @EndpointRoute(method = RequestMethod.PATCH, path = "/{id}", group = RouteGroup.WRITE, teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> patch(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.accepted().body(single(teamId, service.patch(definition, actor, id, object(body))));
    }

    @EndpointRoute(method = RequestMethod.PUT, path = "/{id}", group = RouteGroup.WRITE, teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> replace(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.accepted().body(single(teamId, service.replace(definition, actor, id, object(body))));
    }

    @EndpointRoute(method = RequestMethod.DELETE, path = "/{id}", group = RouteGroup.WRITE, teamRole = AclRoles.ADMIN)
    public ResponseEntity<Void> delete(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.ADMIN, request);
        service.delete(definition, actor, id);
        return ResponseEntity.noContent().build();
    }

    @EndpointRoute(method = RequestMethod.POST, path = "/{id}/" + EndpointRoute.ACL, group = RouteGroup.ACL,
            teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> addAclEntry(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return acl(teamId, id, service.addAclEntry(definition, actor, id, body));
    }

    @EndpointRoute(method = RequestMethod.PUT, path = "/{id}/" + EndpointRoute.ACL, group = RouteGroup.ACL,
            teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> replaceAcl(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return acl(teamId, id, service.replaceAcl(definition, actor, id, body));
    }

    @EndpointRoute(method = RequestMethod.PUT, path = "/{id}/" + EndpointRoute.ACL + "/{idu}", group = RouteGroup.ACL,
            teamRole = AclRoles.WRITE)
    public ResponseEntity<Map<String, Object>> putAclEntry(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("idu") String entryId, @RequestBody(required = false) Object body,
            HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return acl(teamId, id, service.putAclEntry(definition, actor, id, entryId, body));
    }

    @EndpointRoute(method = RequestMethod.DELETE, path = "/{id}/" + EndpointRoute.ACL + "/{idu}", group = RouteGroup.ACL,
            teamRole = AclRoles.WRITE)
    public ResponseEntity<Void> removeAclEntry(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("idu") String entryId, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        service.removeAclEntry(definition, actor, id, entryId);
        return ResponseEntity.noContent().build();
    }

    private ListQuery parse(HttpServletRequest request) {
        return ListQueryParser.parse(request.getParameterMap(), definition.query());
    }

    private ListEnvelope envelope(String teamId, RecordPage page) {
        return ListEnvelope.of(definition.servedAt(teamId), RecordJson.plainAll(page.records()), page.found(), page.page(),
                page.limit());
    }

    private Map<String, Object> single(String teamId, Document record) {
        return RecordJson.single(definition.servedAt(teamId), record);
    }

    /** 0.6's answer to ACL changes: {@code {items: <ACL with links>, _links: {_parent, _root}}}. */
    private ResponseEntity<Map<String, Object>> acl(String teamId, String id, List<Document> entries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", entries.stream().map(entry -> ResourceLinks.aclEntry(RecordJson.plain(entry))).toList());
        body.put("_links", Map.of(
                "_parent", ResourceLinks.self(definition.servedAt(teamId), id),
                "_root", Link.get("/" + definition.servedAt(teamId) + "/")));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A record body must be a JSON object; an absent body counts as {@code {}}. */
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
