package io.maestro.server.domain;

import io.maestro.common.config.ServiceInfoProperties;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.PeerStatus;
import io.maestro.server.domain.report.ReportRuns;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * What {@code GET /versions} reports: server-app itself, then every other service as its {@code GET /} answered,
 * {@code UP} or {@code DOWN}, or {@code DISABLED} when server-app was set not to call it (reports-app with
 * {@code MAESTRO_REPORT_DISABLED}): it is not asked, and the message names the setting. The peers are asked in
 * parallel, so the answer takes one timeout at worst.
 */
@Service
public class ServiceVersions implements DisposableBean {

    /** Every service but server-app, in the order the dashboard lists them. */
    static final List<PeerService> PEERS = List.copyOf(EnumSet.complementOf(EnumSet.of(PeerService.SERVER)));

    /** 0.6's names for the four services it listed ({@code object} is the name and "HTTPService"), the same style for the rest. */
    private static final Map<PeerService, String> DISPLAY_NAMES = Map.of(
            PeerService.DATA, "Data", PeerService.DISCOVERY, "Discovery", PeerService.REPORT, "Report",
            PeerService.ANALYTICS, "Analytics", PeerService.ANALYTICS_FRONT, "Analytics Front",
            PeerService.AUDIT, "Audit", PeerService.WEBSOCKET, "Websocket", PeerService.SCHEDULER, "Scheduler",
            PeerService.CLIENT, "Client");

    private final PeerClients peers;
    private final ServiceInfoProperties self;
    /** The services server-app does not call, and the setting that says so. */
    private final Map<PeerService, String> disabled;
    private final ExecutorService askers = Executors.newFixedThreadPool(PEERS.size(), runnable -> {
        Thread thread = new Thread(runnable, "versions-check");
        thread.setDaemon(true);
        return thread;
    });

    public ServiceVersions(PeerClients peers, ServiceInfoProperties self, ReportRuns reports) {
        this.peers = peers;
        this.self = self;
        this.disabled = reports.isDisabled() ? Map.of(PeerService.REPORT, "MAESTRO_REPORT_DISABLED") : Map.of();
    }

    public List<Map<String, Object>> all() {
        Map<PeerService, CompletableFuture<PeerStatus>> answers = new LinkedHashMap<>();
        PEERS.stream().filter(peer -> !disabled.containsKey(peer)).forEach(peer ->
                answers.put(peer, CompletableFuture.supplyAsync(() -> peers.status(peer), askers)));
        List<Map<String, Object>> versions = new ArrayList<>();
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("name", "Server App");
        server.put("app", self.name());
        server.put("version", self.version());
        server.put("description", self.description());
        server.put("status", PeerStatus.State.UP.name());
        versions.add(server);
        PEERS.forEach(peer -> versions.add(answers.containsKey(peer) ? describe(answers.get(peer).join())
                : describeDisabled(peer)));
        return versions;
    }

    private Map<String, Object> describeDisabled(PeerService peer) {
        Map<String, Object> entry = entry(peer);
        entry.put("message", peer.serviceName() + " is disabled (" + disabled.get(peer) + "): server-app does not call it");
        entry.put("status", "DISABLED");
        return entry;
    }

    private static Map<String, Object> entry(PeerService peer) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", DISPLAY_NAMES.get(peer));
        entry.put("app", peer.serviceName());
        entry.put("object", DISPLAY_NAMES.get(peer).replace(" ", "") + "HTTPService");
        return entry;
    }

    private static Map<String, Object> describe(PeerStatus status) {
        Map<String, Object> entry = entry(status.service());
        if (status.isUp()) {
            entry.put("message", status.info().get("description"));
            entry.put("version", status.info().get("version"));
        } else {
            entry.put("message", status.error());
        }
        entry.put("status", status.state().name());
        return entry;
    }

    @Override
    public void destroy() {
        askers.shutdownNow();
    }
}
