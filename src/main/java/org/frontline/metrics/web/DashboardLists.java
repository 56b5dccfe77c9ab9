package org.frontline.metrics.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontline.cases.CaseId;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.Contacts;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.metrics.DashboardFilter;
import org.frontline.metrics.internal.FigureLists;
import org.frontline.metrics.internal.FigureLists.CaseFigure;
import org.frontline.metrics.internal.FigureLists.MentionFigure;
import org.frontline.routing.Teams;
import org.frontline.shared.WorkspaceId;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a click on a figure opens: the mentions or cases behind it, with the dashboard's filters narrowed to the
 * figure's bucket ({@code since}, {@code until}) and keys. Authors open their contact page.
 */
@Controller
@RequestMapping("/w/{workspace}/dashboards")
class DashboardLists {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkspaceAccess access;
    private final WorkspaceTimeZones zones;
    private final FigureLists lists;
    private final Posts posts;
    private final CaseOverviews cases;
    private final Contacts contacts;
    private final TrackingQueries queries;
    private final Teams teams;
    private final Clock clock;

    DashboardLists(WorkspaceAccess access, WorkspaceTimeZones zones, FigureLists lists, Posts posts, CaseOverviews cases,
            Contacts contacts, TrackingQueries queries, Teams teams, Clock clock) {
        this.access = access;
        this.zones = zones;
        this.lists = lists;
        this.posts = posts;
        this.cases = cases;
        this.contacts = contacts;
        this.queries = queries;
        this.teams = teams;
        this.clock = clock;
    }

    record ListRow(String at, String channel, String who, String text, @Nullable String href) {}

    @GetMapping("/listening/mentions")
    String mentions(@PathVariable String workspace, FilterParams params, @Nullable String since, @Nullable String until,
            @Nullable String intent, @Nullable String polarity, @Nullable String queryName, @Nullable String side,
            @Nullable String term, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var zone = zones.zoneOf(scope.id());
        var filter = narrow(params.toFilter(clock, zone), since, until);
        var figure = new MentionFigure(blank(intent), "negative".equals(polarity), queriesOf(scope.id(), queryName, side));
        var rows = lists.mentions(scope.id(), filter, figure);
        var found = posts.findAll(scope.id(), rows.stream().map(r -> new PostId(r.id())).toList());
        var shown = rows.stream()
                .map(r -> found.get(new PostId(r.id())))
                .filter(p -> p != null && (term == null || term.isBlank() || containsTerm(p.text(), term)))
                .map(p -> new ListRow(TIME.format(p.createdAt().atZone(zone)), p.channel().wireName(), p.author().label(), p.text(), webLink(p.url())))
                .toList();
        return page(model, scope, "Mentions behind the figure", shown, filter, zone);
    }

    @GetMapping("/service/cases")
    String caseList(@PathVariable String workspace, FilterParams params, CaseParams figure, Model model) {
        var scope = access.require(workspace, Role.VIEWER);
        var zone = zones.zoneOf(scope.id());
        var filter = narrow(params.toFilter(clock, zone), figure.since(), figure.until());
        return page(model, scope, "Cases behind the figure", caseRows(scope, filter, figure, zone), filter, zone);
    }

    /** The case list as CSV or XLSX ({@code format}), the same rows the page shows. */
    @GetMapping("/service/cases/export.{format}")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> caseExport(
            @PathVariable String workspace, @PathVariable String format, FilterParams params, CaseParams figure) {
        var scope = access.require(workspace, Role.VIEWER);
        var zone = zones.zoneOf(scope.id());
        var filter = narrow(params.toFilter(clock, zone), figure.since(), figure.until());
        List<List<@Nullable Object>> rows = caseRows(scope, filter, figure, zone).stream()
                .map(r -> List.<@Nullable Object>of(r.at(), r.channel(), r.who(), r.text(), r.href() == null ? "" : r.href()))
                .toList();
        var table = new org.frontline.metrics.export.Table("Cases", List.of("opened or decided (" + zone.getId() + ")", "channel", "contact", "case", "link"), rows);
        return switch (format) {
            case "csv" -> DashboardExports.download(DashboardExports.CSV, "cases.csv", out -> org.frontline.metrics.export.CsvExport.write(table, out));
            case "xlsx" -> DashboardExports.download(DashboardExports.XLSX, "cases.xlsx", out -> org.frontline.metrics.export.XlsxExport.write(List.of(table), out));
            default -> throw new InvalidRequest(List.of(new FieldProblem("format", "is csv or xlsx")));
        };
    }

    /** A case figure's keys as the page's links send them. */
    record CaseParams(@Nullable String since, @Nullable String until, @Nullable String list, @Nullable Integer band, @Nullable Integer hour,
            @Nullable String kind, @Nullable String outcome, @Nullable String priority, @Nullable String agent, @Nullable String teamName) {}

    private List<ListRow> caseRows(org.frontline.workspaces.WorkspaceRef scope, DashboardFilter filter, CaseParams p, ZoneId zone) {
        var hourZone = filter.team().map(t -> teams.hours(scope.id(), t).zone()).orElse(zone);
        var teamIds = p.teamName() == null ? null : teams.list(scope.id()).stream()
                .filter(t -> t.name().equals(p.teamName())).map(t -> t.id().value()).collect(Collectors.toSet());
        var figure = new CaseFigure(p.list() == null ? "opened" : p.list(), p.band(), p.hour(), blank(p.kind()),
                p.outcome() == null ? null : "met".equals(p.outcome()), blank(p.priority()),
                "none".equals(p.agent()) ? new UUID(0, 0) : uuid(p.agent()), teamIds);
        return lists.cases(scope.id(), filter, figure, hourZone).stream()
                .flatMap(r -> cases.find(scope.id(), new CaseId(r.id())).stream().map(c -> new ListRow(TIME.format(r.at().atZone(zone)),
                        c.channel(), c.contactName(), c.subject() + " · " + c.status().wireName(), "/w/" + scope.slug() + "/cases/" + r.id())))
                .toList();
    }

    /** An author of the advocates or detractors list: their contact page, or the inbox searched for them if none. */
    @GetMapping("/authors")
    String author(@PathVariable String workspace, @RequestParam String channel, @RequestParam String handle) {
        var scope = access.require(workspace, Role.VIEWER);
        return contacts.findByHandle(scope.id(), channel, handle)
                .map(id -> "redirect:/w/" + scope.slug() + "/contacts/" + id.value())
                .orElseGet(() -> "redirect:/w/" + scope.slug() + "/inbox?status=all&q="
                        + java.net.URLEncoder.encode(handle, java.nio.charset.StandardCharsets.UTF_8));
    }

    private String page(Model model, org.frontline.workspaces.WorkspaceRef scope, String title, List<ListRow> rows, DashboardFilter filter, ZoneId zone) {
        model.addAttribute("workspace", scope);
        model.addAttribute("title", title);
        model.addAttribute("rows", rows);
        model.addAttribute("range", TIME.format(filter.from().atZone(zone)) + " – " + TIME.format(filter.to().atZone(zone)) + " " + zone.getId());
        model.addAttribute("most", FigureLists.MOST);
        return "dashboards/list";
    }

    private @Nullable Set<UUID> queriesOf(WorkspaceId workspace, @Nullable String queryName, @Nullable String side) {
        if (queryName != null && !queryName.isBlank()) {
            return queries.list(workspace).stream().filter(q -> q.name().equals(queryName)).map(q -> q.id().value()).collect(Collectors.toSet());
        }
        if (side == null || side.isBlank()) {
            return null;
        }
        var competitors = queries.competitors(workspace);
        return queries.list(workspace).stream()
                .map(q -> q.id())
                .filter(id -> competitors.contains(id) == "competitor".equals(side))
                .map(TrackingQueryId::value)
                .collect(Collectors.toSet());
    }

    /** Only http(s) links from a channel become links: anything else (javascript:, data:) stays text. */
    private static @Nullable String webLink(@Nullable String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    private static boolean containsTerm(String text, String term) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
    }

    private static DashboardFilter narrow(DashboardFilter filter, @Nullable String since, @Nullable String until) {
        var from = instant("since", since).filter(s -> s.isAfter(filter.from())).orElse(filter.from());
        var to = instant("until", until).filter(u -> u.isBefore(filter.to())).orElse(filter.to());
        if (!from.isBefore(to)) {
            throw new InvalidRequest(List.of(new FieldProblem("since", "must be before 'until' and inside the range")));
        }
        return new DashboardFilter(from, to, filter.channel(), filter.query(), filter.zone(), filter.team(), filter.language());
    }

    private static Optional<Instant> instant(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(List.of(new FieldProblem(field, "must be an instant like 2026-11-23T10:00:00Z")));
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(List.of(new FieldProblem("agent", "is not an agent id")));
        }
    }
}
