package io.maestro.server.domain.report;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.client.ReportsAppClient;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /datacenters/:id/analytics} (§2.6): two general reports on the datacenter (its servers, its
 * applications), each started on report-app ({@code POST /reports/general}) and refreshed daily by a job.
 *
 * <p>Order (compatibility.md H2, nothing half-created): the report ids are chosen first and given to report-app; only when
 * report-app has accepted both are the reports stored (with those ids, which starts nothing more), the datacenter's {@code reports} set and the
 * jobs created. report-app failing is answered as every peer failure (docs/architecture.md "Peer failures"); without the
 * route (404: it does not make reports) it is 503; any other refusal 502, as the request is server-app's own and nothing
 * the caller could change. Nothing is stored then.
 */
@Service
public class DatacenterAnalytics {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GENERAL = "general";

    private final ResourceService resources;
    private final ResourceDefinition datacenters;
    private final ResourceDefinition reports;
    private final ResourceDefinition schedulers;
    private final ReportRuns reportRuns;

    public DatacenterAnalytics(ResourceService resources,
            @Qualifier("datacentersDefinition") ResourceDefinition datacenters,
            @Qualifier("reportsDefinition") ResourceDefinition reports,
            @Qualifier("schedulersDefinition") ResourceDefinition schedulers, ReportRuns reportRuns) {
        this.resources = resources;
        this.datacenters = datacenters;
        this.reports = reports;
        this.schedulers = schedulers;
        this.reportRuns = reportRuns;
    }

    /** A report to make: its id (chosen before storing), component and name. */
    private record PlannedReport(ObjectId id, String component, String name) {
    }

    /**
     * Needs write access (3) on the datacenter, whose {@code reports} it sets.
     *
     * @return report-app's replies, one per report
     */
    public List<JsonNode> create(Actor actor, String datacenterId) {
        Document datacenter = resources.stored(datacenters, actor, datacenterId, AclRoles.WRITE);
        String name = datacenter.getString("name");
        String dcId = datacenter.getObjectId("_id").toHexString();
        List<PlannedReport> planned = List.of(
                new PlannedReport(new ObjectId(), "Servers", "DC " + name + " - Server"),
                new PlannedReport(new ObjectId(), "Applications", "DC " + name + " - Apps"));
        List<Map<String, Object>> filters = List.of(
                Map.of("field", "active", "filter", "true", "comparer", "equal", "typ", "boolean"),
                Map.of("field", "datacenters", "subfield", "_id", "subfilter", dcId, "typ", "object"));
        String owner = actor.actingAs().id();

        List<JsonNode> replies = new ArrayList<>();
        for (PlannedReport report : planned) {
            ReportsAppClient.ReportRequest request = new ReportsAppClient.ReportRequest(report.id().toHexString(),
                    report.component(), JSON.writeValueAsString(filters), owner);
            try {
                replies.add(reportRuns.startAhead(GENERAL, request));
            } catch (ServiceCallException refused) {
                throw refusal(refused);
            }
        }

        List<Document> links = new ArrayList<>();
        for (PlannedReport report : planned) {
            resources.create(reports, actor, new Document("name", report.name()).append("report", GENERAL)
                    .append("component", report.component()).append("filters", filters), report.id());
            links.add(new Document("_id", report.id().toHexString()).append("component", report.component()));
        }
        resources.patch(datacenters, actor, dcId, new Document("reports", links));
        for (PlannedReport report : planned) {
            resources.create(schedulers, actor, job(report, owner));
        }
        return replies;
    }

    private static MaestroException refusal(ServiceCallException refused) {
        if (refused.status().value() == 404) {
            return new MaestroException(ErrorNames.HTTP, HttpStatus.SERVICE_UNAVAILABLE,
                    PeerService.REPORT.serviceName() + " does not make " + GENERAL + " reports (it answered 404)", refused);
        }
        return new MaestroException(ErrorNames.HTTP, HttpStatus.BAD_GATEWAY, refused.describe(), refused);
    }

    private static Document job(PlannedReport report, String owner) {
        String reportId = report.id().toHexString();
        return new Document("name", "DC " + reportId + " - " + report.component())
                .append("method", "PATCH")
                .append("period_type", "interval")
                .append("interval", new Document("period", "days").append("every", 1))
                .append("task", "reports")
                .append("source", "report")
                .append("endpoint", "reports/" + GENERAL)
                .append("link", new Document("_id", reportId).append("report", GENERAL))
                .append("args", List.of(new Document("key", "report_id").append("value", reportId),
                        new Document("key", "owner_user").append("value", owner)))
                .append("run_immediately", false);
    }
}
