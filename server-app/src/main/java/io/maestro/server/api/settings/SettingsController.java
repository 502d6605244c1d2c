package io.maestro.server.api.settings;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.query.ListQueryParser;
import io.maestro.common.token.SessionUser;
import io.maestro.common.web.CountResponse;
import io.maestro.common.web.ListEnvelope;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.settings.Catalogue;
import io.maestro.server.domain.settings.CatalogueService;
import io.maestro.server.domain.settings.SettingsCatalogues;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ACL-free global collections (§2.7, §2.6): {@code /adminer} (list, read, PATCH), {@code /services} (CRUD) and
 * {@code /flavors_public} (list, count, read). Any signed-in user reads; writes need an administrator (S6). Methods
 * 0.6 did not route (adminer POST/PUT/DELETE, any flavors_public write) are 405 on the collection paths, 404 elsewhere.
 * The reads also answer under {@code /teams/:id} for members of the team (any role); the catalogues are the same.
 */
@RestController
public class SettingsController {

    private static final String TEAM = "teamId";

    private final CatalogueService catalogues;
    private final Actors actors;

    public SettingsController(CatalogueService catalogues, Actors actors) {
        this.catalogues = catalogues;
        this.actors = actors;
    }

    /** The team forms of the reads ({@code /teams/:id/...}, as 0.6 mirrored them) need a member of the team. */
    private void requireMember(String teamId, HttpServletRequest request) {
        if (teamId != null) {
            actors.resolve(teamId, AclRoles.READ, request);
        }
    }

    @GetMapping({"/adminer", "/teams/{teamId}/adminer"})
    public ListEnvelope listAdminer(@PathVariable(name = TEAM, required = false) String teamId, HttpServletRequest request) {
        requireMember(teamId, request);
        return list(SettingsCatalogues.ADMINER, request);
    }

    @GetMapping({"/adminer/{id}", "/teams/{teamId}/adminer/{id}"})
    public Map<String, Object> getAdminer(@PathVariable(name = TEAM, required = false) String teamId, @PathVariable("id") String id,
            HttpServletRequest request) {
        requireMember(teamId, request);
        return single(SettingsCatalogues.ADMINER, catalogues.get(SettingsCatalogues.ADMINER, id));
    }

    @PatchMapping("/adminer/{id}")
    public ResponseEntity<Map<String, Object>> patchAdminer(@AuthenticationPrincipal SessionUser caller,
            @PathVariable String id, @RequestBody(required = false) Object body) {
        return accepted(SettingsCatalogues.ADMINER, catalogues.patch(SettingsCatalogues.ADMINER, caller, id, object(body)));
    }

    @GetMapping({"/services", "/teams/{teamId}/services"})
    public ListEnvelope listServices(@PathVariable(name = TEAM, required = false) String teamId, HttpServletRequest request) {
        requireMember(teamId, request);
        return list(SettingsCatalogues.SERVICES, request);
    }

    @GetMapping({"/services/count", "/teams/{teamId}/services/count"})
    public CountResponse countServices(@PathVariable(name = TEAM, required = false) String teamId, HttpServletRequest request) {
        requireMember(teamId, request);
        return count(SettingsCatalogues.SERVICES, request);
    }

    @GetMapping({"/services/{id}", "/teams/{teamId}/services/{id}"})
    public Map<String, Object> getService(@PathVariable(name = TEAM, required = false) String teamId, @PathVariable("id") String id,
            HttpServletRequest request) {
        requireMember(teamId, request);
        return single(SettingsCatalogues.SERVICES, catalogues.get(SettingsCatalogues.SERVICES, id));
    }

    @PostMapping("/services")
    public ResponseEntity<Map<String, Object>> createService(@AuthenticationPrincipal SessionUser caller,
            @RequestBody(required = false) Object body) {
        Document created = catalogues.create(SettingsCatalogues.SERVICES, caller, object(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(single(SettingsCatalogues.SERVICES, created));
    }

    @PatchMapping("/services/{id}")
    public ResponseEntity<Map<String, Object>> patchService(@AuthenticationPrincipal SessionUser caller,
            @PathVariable String id, @RequestBody(required = false) Object body) {
        return accepted(SettingsCatalogues.SERVICES, catalogues.patch(SettingsCatalogues.SERVICES, caller, id, object(body)));
    }

    @PutMapping("/services/{id}")
    public ResponseEntity<Map<String, Object>> replaceService(@AuthenticationPrincipal SessionUser caller,
            @PathVariable String id, @RequestBody(required = false) Object body) {
        return accepted(SettingsCatalogues.SERVICES, catalogues.replace(SettingsCatalogues.SERVICES, caller, id, object(body)));
    }

    @DeleteMapping("/services/{id}")
    public ResponseEntity<Void> deleteService(@AuthenticationPrincipal SessionUser caller, @PathVariable String id) {
        catalogues.delete(SettingsCatalogues.SERVICES, caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/flavors_public", "/teams/{teamId}/flavors_public"})
    public ListEnvelope listFlavorsPublic(@PathVariable(name = TEAM, required = false) String teamId, HttpServletRequest request) {
        requireMember(teamId, request);
        return list(SettingsCatalogues.FLAVORS_PUBLIC, request);
    }

    @GetMapping({"/flavors_public/count", "/teams/{teamId}/flavors_public/count"})
    public CountResponse countFlavorsPublic(@PathVariable(name = TEAM, required = false) String teamId, HttpServletRequest request) {
        requireMember(teamId, request);
        return count(SettingsCatalogues.FLAVORS_PUBLIC, request);
    }

    @GetMapping({"/flavors_public/{id}", "/teams/{teamId}/flavors_public/{id}"})
    public Map<String, Object> getFlavorPublic(@PathVariable(name = TEAM, required = false) String teamId, @PathVariable("id") String id,
            HttpServletRequest request) {
        requireMember(teamId, request);
        return single(SettingsCatalogues.FLAVORS_PUBLIC, catalogues.get(SettingsCatalogues.FLAVORS_PUBLIC, id));
    }

    private ListEnvelope list(Catalogue catalogue, HttpServletRequest request) {
        RecordPage page = catalogues.list(catalogue, ListQueryParser.parse(request.getParameterMap(), catalogue.query()));
        return ListEnvelope.of(linkPath(catalogue), RecordJson.plainAll(page.records()), page.found(), page.page(),
                page.limit());
    }

    private CountResponse count(Catalogue catalogue, HttpServletRequest request) {
        return new CountResponse(catalogues.count(catalogue,
                ListQueryParser.parse(request.getParameterMap(), catalogue.query())));
    }

    private static Map<String, Object> single(Catalogue catalogue, Document record) {
        return RecordJson.single(linkPath(catalogue), record);
    }

    /** The catalogues are global: their links name the personal route, also in a team's answers. */
    private static String linkPath(Catalogue catalogue) {
        return catalogue.route().substring(1);
    }

    private static ResponseEntity<Map<String, Object>> accepted(Catalogue catalogue, Document record) {
        return ResponseEntity.accepted().body(single(catalogue, record));
    }

    /** A body must be a JSON object; an absent body counts as {@code {}}. */
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
