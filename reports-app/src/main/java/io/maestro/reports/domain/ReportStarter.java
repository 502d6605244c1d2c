package io.maestro.reports.domain;

import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST|PATCH /reports/<general|pivot>} (0.6 contract §6): checks the request, the filters included, and queues
 * the run. A bad request is a 422 naming each bad field, so nothing that could not run is queued.
 */
@Service
public class ReportStarter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportQueue queue;

    public ReportStarter(ReportQueue queue) {
        this.queue = queue;
    }

    /**
     * @param report {@code general} or {@code pivot}
     * @param form   {@code report_id}, {@code owner_user}, {@code component} (general reports), {@code filters}: a JSON
     *               string as 0.6 sent it, or the value itself
     * @return 0.6's answer: {@code {filter, "<report>-id", _id, component}}
     */
    public Map<String, Object> start(String report, Map<String, Object> form) {
        List<ValidationDetail> missing = new ArrayList<>();
        String reportId = objectId(form, "report_id", missing);
        String owner = objectId(form, "owner_user", missing);
        Object component = form.get("component");
        if (ReportJob.GENERAL.equals(report) && (component == null || String.valueOf(component).isBlank())) {
            missing.add(ValidationDetail.field("component", "any.required", "is required"));
        }
        if (!form.containsKey("filters")) {
            missing.add(ValidationDetail.field("filters", "any.required", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new ValidatorException(missing);
        }
        ReportJob job = new ReportJob(reportId, report, component == null ? null : String.valueOf(component), owner,
                filters(form.get("filters"), report));
        job.query();
        String messageId = queue.publish(job);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("filter", job.filters());
        reply.put(report + "-id", messageId);
        reply.put("_id", reportId);
        reply.put("component", job.component());
        return reply;
    }

    /** The filters: a JSON string is parsed; an empty one is no filter. */
    private static Object filters(Object filters, String report) {
        if (!(filters instanceof String text)) {
            return filters;
        }
        if (text.isBlank()) {
            return ReportJob.PIVOT.equals(report) ? Map.of() : List.of();
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new ValidatorException(ValidationDetail.field("filters", "string.json", "must be valid JSON"));
        }
    }

    private static String objectId(Map<String, Object> form, String field, List<ValidationDetail> details) {
        Object value = form.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            details.add(ValidationDetail.field(field, "any.required", "is required"));
            return null;
        }
        String id = String.valueOf(value);
        if (!ObjectId.isValid(id)) {
            details.add(ValidationDetail.field(field, "string.hex", "must be an id of 24 hex digits"));
            return null;
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
