package io.maestro.scheduler.store;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.scheduler.domain.ReportRuns;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@link ReportRuns} on reports-app: the job's method and endpoint, as 0.6 called its report-app. */
@Component
public class ReportsAppReportRuns implements ReportRuns {

    private final PeerClients peers;
    private final PeerEndpoints endpoints;

    public ReportsAppReportRuns(PeerClients peers, PeerEndpoints endpoints) {
        this.peers = peers;
        this.endpoints = endpoints;
    }

    @Override
    public String run(String method, String endpoint, Map<String, Object> body) {
        try {
            return peers.client(PeerService.REPORT).method(HttpMethod.valueOf(method))
                    .uri(endpoints.on(PeerService.REPORT, endpoint))
                    .contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(String.class);
        } catch (PeerCallException failure) {
            throw PeerFailures.of(failure);
        }
    }
}
