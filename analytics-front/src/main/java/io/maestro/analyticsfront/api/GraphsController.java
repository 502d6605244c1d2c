package io.maestro.analyticsfront.api;

import io.maestro.analyticsfront.domain.ArtifactFormat;
import io.maestro.analyticsfront.domain.GraphArtifacts;
import io.maestro.analyticsfront.domain.GraphReaders;
import io.maestro.common.client.AnalyticsFrontClient;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.ViewTokens;
import io.maestro.common.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** analytics-front's routes (0.6 contract §7.2, docs/analytics.md). */
@RestController
class GraphsController {

    private final GraphArtifacts artifacts;
    private final GraphReaders readers;

    GraphsController(GraphArtifacts artifacts, GraphReaders readers) {
        this.artifacts = artifacts;
        this.readers = readers;
    }

    @Operation(summary = "Store a drawn map (analytics-app, private token) and mark its graph finished")
    @PostMapping(path = "/graphs", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> store(@RequestBody AnalyticsFrontClient.GraphArtifacts map) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("_id", map.graphId());
        reply.put("stored", artifacts.store(map));
        reply.put("status", "finished");
        return reply;
    }

    @Operation(summary = "A view token for one graph, for the viewer page and download links (session in the header)")
    @PostMapping("/graphs/{id}/view")
    Map<String, Object> view(@PathVariable String id, @AuthenticationPrincipal SessionUser reader) {
        return viewToken(id, reader, null);
    }

    @Operation(summary = "A view token for one graph of a team the reader is a member of")
    @PostMapping("/teams/{teamId}/graphs/{id}/view")
    Map<String, Object> teamView(@PathVariable String teamId, @PathVariable String id,
            @AuthenticationPrincipal SessionUser reader) {
        return viewToken(id, reader, teamId);
    }

    @Operation(summary = "A graph's file (ext=html|svg|png|drawio|mmd) by the session header or ?view=<view token>")
    @GetMapping("/graphs/{id}")
    ResponseEntity<byte[]> graph(@PathVariable String id, @RequestParam(required = false) String ext,
            @RequestParam(required = false) String view, HttpServletRequest request) {
        return file(id, null, ext, view, request);
    }

    @Operation(summary = "A team's graph file, by the session header or ?view=<view token>")
    @GetMapping("/teams/{teamId}/graphs/{id}")
    ResponseEntity<byte[]> teamGraph(@PathVariable String teamId, @PathVariable String id,
            @RequestParam(required = false) String ext, @RequestParam(required = false) String view,
            HttpServletRequest request) {
        return file(id, teamId, ext, view, request);
    }

    @Operation(summary = "A graph's PNG, 0.6's route: the same as ext=png")
    @GetMapping("/graphs/png/{id}")
    ResponseEntity<byte[]> graphPng(@PathVariable String id, @RequestParam(required = false) String view,
            HttpServletRequest request) {
        return file(id, null, ArtifactFormat.PNG.extension(), view, request);
    }

    @Operation(summary = "A team's graph PNG, 0.6's route: the same as ext=png")
    @GetMapping("/teams/{teamId}/graphs/png/{id}")
    ResponseEntity<byte[]> teamGraphPng(@PathVariable String teamId, @PathVariable String id,
            @RequestParam(required = false) String view, HttpServletRequest request) {
        return file(id, teamId, ArtifactFormat.PNG.extension(), view, request);
    }

    @Operation(summary = "A publicly shared graph's file: the link's token must name this graph and be its last")
    @GetMapping("/graphs/public/{id}")
    ResponseEntity<byte[]> publicGraph(@PathVariable String id, @RequestParam(required = false) String token,
            @RequestParam(required = false) String ext) {
        ArtifactFormat format = ArtifactFormat.of(ext);
        readers.forPublicLink(id, token);
        return send(id, format);
    }

    private Map<String, Object> viewToken(String id, SessionUser reader, String teamId) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("token", readers.viewToken(id, reader.id(), teamId));
        reply.put("expires_in", ViewTokens.LIFETIME.toSeconds());
        return reply;
    }

    private ResponseEntity<byte[]> file(String id, String teamId, String ext, String view, HttpServletRequest request) {
        ArtifactFormat format = ArtifactFormat.of(ext);
        if (view != null) {
            readers.forViewToken(id, teamId, view);
        } else if (request.getUserPrincipal() instanceof org.springframework.security.core.Authentication auth
                && auth.getPrincipal() instanceof SessionUser reader) {
            readers.forReader(id, reader.id(), teamId);
        } else {
            throw new NotFoundException("Graph not found");
        }
        return send(id, format);
    }

    private ResponseEntity<byte[]> send(String id, ArtifactFormat format) {
        byte[] content = artifacts.read(id, format).orElseThrow(() -> new NotFoundException("Graph not drawn yet"));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .header("Referrer-Policy", "no-referrer")
                .cacheControl(CacheControl.noStore());
        if (format != ArtifactFormat.HTML) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"graph-" + id + "." + format.extension()
                    + "\"");
        }
        return answer.body(content);
    }
}
