package io.maestro.reports.api;

import io.maestro.reports.domain.ChartAggregations;
import io.maestro.reports.domain.ReportStarter;
import io.maestro.reports.domain.ReportsProperties;
import io.maestro.reports.domain.ResultRequest;
import io.maestro.reports.domain.ResultTable;
import io.maestro.reports.domain.ResultTables;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** reports-app's routes (0.6 contract §6), all behind the private service token. */
@RestController
class ReportsController {

    private final ReportStarter starter;
    private final ResultTables results;
    private final ReportsProperties properties;
    private final PdfReports pdf;
    private final JsonMapper json;

    ReportsController(ReportStarter starter, ResultTables results, ReportsProperties properties, PdfReports pdf,
            JsonMapper json) {
        this.json = json;
        this.starter = starter;
        this.results = results;
        this.properties = properties;
        this.pdf = pdf;
    }

    @Operation(summary = "Queue a general or pivot report: {report_id, owner_user, component, filters (JSON string)}")
    @RequestMapping(path = "/reports/{report:general|pivot}", method = {RequestMethod.POST, RequestMethod.PATCH},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> startJson(@PathVariable String report, @RequestBody Map<String, Object> body) {
        return starter.start(report, body);
    }

    @Operation(summary = "Queue a general or pivot report from a form")
    @RequestMapping(path = "/reports/{report:general|pivot}", method = {RequestMethod.POST, RequestMethod.PATCH})
    Map<String, Object> startForm(@PathVariable String report, @RequestParam MultiValueMap<String, String> form) {
        return starter.start(report, new LinkedHashMap<>(form.toSingleValueMap()));
    }

    @Operation(summary = "A report's rows: {found, total_pages, page, limit, items}, or an export by Accept "
            + "(text/csv, application/xml, text/plain, text/inventory, application/pdf)")
    @GetMapping("/reports/{table}")
    void rows(@PathVariable String table, @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        String checked = ResultTable.checked(table);
        ResultFormat format = ResultFormat.of(accept);
        if (format == ResultFormat.JSON) {
            ResultRequest request = ResultRequest.parse(params, properties.resultQtd());
            ResultTables.ResultPage page = results.page(checked, request);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("found", page.found());
            answer.put("total_pages", (page.found() + request.limit() - 1) / request.limit());
            answer.put("page", request.page());
            answer.put("limit", request.limit());
            answer.put("items", page.items());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getOutputStream(), answer);
            return;
        }
        // an export without a limit holds every row: written as the store's cursor hands them over, never held whole
        ResultRequest request = ResultRequest.parse(params, Integer.MAX_VALUE);
        RowWriters.Rows rows = row -> results.forEach(checked, request, row);
        response.setContentType(format.mediaType().toString());
        if (format != ResultFormat.PDF) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + checked + extension(format) + "\"");
        write(format, checked, rows, response.getOutputStream());
    }

    @Operation(summary = "Drop a report's rows")
    @DeleteMapping("/reports/{table}")
    ResponseEntity<Void> drop(@PathVariable String table) {
        results.drop(ResultTable.checked(table));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A report's charts, counted again over its rows: {name, aggr}")
    @GetMapping("/aggregation/{table}")
    Map<String, Object> aggregation(@PathVariable String table) {
        String checked = ResultTable.checked(table);
        ChartAggregations charts = new ChartAggregations();
        results.forEachStored(checked, properties.chartRows(), charts::add);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", checked);
        answer.put("aggr", charts.result());
        return answer;
    }

    private void write(ResultFormat format, String table, RowWriters.Rows rows, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> RowWriters.csv(rows, out);
            case XML -> RowWriters.xml(rows, out);
            case TEXT -> RowWriters.text(rows, out);
            case INVENTORY -> RowWriters.inventory(rows, out);
            case PDF -> pdf.write(table, rows, out);
            case JSON -> throw new IllegalStateException("JSON is answered as a page");
        }
    }

    private static String extension(ResultFormat format) {
        return switch (format) {
            case CSV -> ".csv";
            case XML -> ".xml";
            case TEXT -> ".txt";
            case INVENTORY -> ".ini";
            case PDF -> ".pdf";
            case JSON -> ".json";
        };
    }
}
