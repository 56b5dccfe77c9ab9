package org.frontline.metrics.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.frontline.metrics.export.ChartTables;
import org.frontline.metrics.export.CsvExport;
import org.frontline.metrics.export.Table;
import org.frontline.metrics.export.XlsxExport;
import org.frontline.metrics.internal.ListeningDashboard;
import org.frontline.metrics.internal.ServiceDashboard;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The data of every chart, with the page's filters: one chart as CSV ({@code chart} names it), or the whole
 * dashboard as an XLSX workbook with a sheet per chart.
 */
@RestController
@RequestMapping("/w/{workspace}/dashboards")
class DashboardExports {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final WorkspaceAccess access;
    private final WorkspaceTimeZones zones;
    private final ListeningDashboard listening;
    private final ServiceDashboard service;
    private final Clock clock;

    DashboardExports(WorkspaceAccess access, WorkspaceTimeZones zones, ListeningDashboard listening, ServiceDashboard service, Clock clock) {
        this.access = access;
        this.zones = zones;
        this.listening = listening;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/{dashboard}/export.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String workspace, @PathVariable String dashboard,
            @RequestParam String chart, FilterParams params) {
        var table = tables(workspace, dashboard, params).get(chart);
        if (table == null) {
            throw new InvalidRequest(List.of(new FieldProblem("chart", "is not a chart of this dashboard")));
        }
        return download(CSV, dashboard + "-" + chart + ".csv", out -> CsvExport.write(table, out));
    }

    @GetMapping("/{dashboard}/export.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String workspace, @PathVariable String dashboard, FilterParams params) {
        var tables = List.copyOf(tables(workspace, dashboard, params).values());
        return download(XLSX, dashboard + ".xlsx", out -> XlsxExport.write(tables, out));
    }

    private Map<String, Table> tables(String workspace, String dashboard, FilterParams params) {
        var scope = access.require(workspace, Role.VIEWER);
        var filter = params.toFilter(clock, zones.zoneOf(scope.id()));
        return switch (dashboard) {
            case "listening" -> ChartTables.of(listening.figures(scope.id(), filter));
            case "service" -> ChartTables.of(service.figures(scope.id(), filter));
            default -> throw new InvalidRequest(List.of(new FieldProblem("dashboard", "is listening or service")));
        };
    }

    static ResponseEntity<StreamingResponseBody> download(MediaType type, String filename, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
