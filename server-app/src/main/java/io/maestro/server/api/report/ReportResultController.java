package io.maestro.server.api.report;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.report.ReportRuns;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/:id/result} (team form under {@code /teams/:id}, role 1 on the report; §2.8): the report's rows
 * from reports-app, in the format the client's {@code Accept} asks (JSON page, CSV, XML, text, Ansible inventory,
 * PDF), with {@code limit, page, query, orderBy, ascending} passed on. A download is streamed through as reports-app
 * writes it (no whole-report buffering); a reports-app failure before its first byte is the usual error envelope, a
 * pause of reports-app longer than {@code maestro.timeout} in the middle of the file breaks the client's connection off
 * (common's {@code MaestroExceptionHandler}), so that a cut file is never taken for a whole one.
 */
@RestController
public class ReportResultController {

    private static final List<String> LIST_PARAMETERS = List.of("limit", "page", "query", "orderBy", "ascending");

    private final ReportRuns runs;
    private final ResourceService resources;
    private final ResourceDefinition reports;
    private final Actors actors;

    public ReportResultController(ReportRuns runs, ResourceService resources,
            @Qualifier("reportsDefinition") ResourceDefinition reports, Actors actors) {
        this.runs = runs;
        this.resources = resources;
        this.reports = reports;
        this.actors = actors;
    }

    @GetMapping({"/reports/{id}/result", "/teams/{teamId}/reports/{id}/result"})
    public void result(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        Document report = resources.stored(reports, actor, id, AclRoles.READ);
        Map<String, String> listParameters = new LinkedHashMap<>();
        LIST_PARAMETERS.stream().filter(params::containsKey).forEach(name -> listParameters.put(name, params.get(name)));
        ResponseEntity<InputStreamResource> rows = runs.result(report, listParameters, accept);
        response.setStatus(rows.getStatusCode().value());
        if (rows.getHeaders().getContentType() != null) {
            response.setContentType(rows.getHeaders().getContentType().toString());
        }
        String disposition = rows.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        // copied as reports-app writes it: a large export passes through in small buffers, never held whole
        if (rows.getBody() != null) {
            try (InputStream body = rows.getBody().getInputStream()) {
                body.transferTo(response.getOutputStream());
            }
        }
    }
}
