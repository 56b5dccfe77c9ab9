package org.frontline.cases.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.frontline.cases.CaseFilter;
import org.frontline.cases.CaseId;
import org.frontline.cases.internal.CaseRecord;
import org.frontline.cases.internal.CaseRepository;
import org.frontline.cases.internal.MentionRecord;
import org.frontline.classify.MentionSignals;
import org.frontline.classify.Signals;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.matching.QueryMatch;
import org.frontline.matching.Span;
import org.frontline.matching.TrackingQueries;
import org.frontline.matching.TrackingQueryId;
import org.frontline.routing.Agents;
import org.frontline.routing.SlaClock;
import org.frontline.routing.SlaStatus;
import org.frontline.routing.Teams;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Assembles what the inbox and the case page show from cases, posts, query names and team names. */
@Component
class CaseViews {

    record MatchedQuery(TrackingQueryId id, String name, List<Span> spans) {}

    record CaseSummary(
            CaseId id, String status, String priority, @Nullable String team, @Nullable String assignee, String subject,
            Instant openedAt, PostView post, List<MatchedQuery> matchedQueries, @Nullable Signals signals,
            @Nullable SlaStatus sla) {}

    record MentionView(
            PostView post, Instant matchedAt, List<MatchedQuery> matchedQueries, List<Highlights.Segment> segments,
            @Nullable Signals signals) {}

    record CaseDetail(
            CaseRecord record, @Nullable String team, @Nullable String assignee, List<MentionView> mentions,
            org.frontline.cases.@Nullable ContactId contact) {}

    private final CaseRepository cases;
    private final Posts posts;
    private final TrackingQueries queries;
    private final Teams teams;
    private final Agents agents;
    private final MentionSignals signals;
    private final SlaClock sla;

    CaseViews(
            CaseRepository cases,
            Posts posts,
            TrackingQueries queries,
            Teams teams,
            Agents agents,
            MentionSignals signals,
            SlaClock sla) {
        this.cases = cases;
        this.posts = posts;
        this.queries = queries;
        this.teams = teams;
        this.agents = agents;
        this.signals = signals;
        this.sla = sla;
    }

    Page<CaseSummary> inbox(WorkspaceId workspace, PageRequest request) {
        return inbox(workspace, CaseFilter.none(), request);
    }

    /**
     * One page of the inbox in a fixed number of statements, whatever the page size: the page and its count, its
     * posts, their matches, the query names, signals and SLA timers (team and agent names come from memory).
     */
    Page<CaseSummary> inbox(WorkspaceId workspace, CaseFilter filter, PageRequest request) {
        var page = cases.page(workspace, filter, request);
        var postsById = posts.findAll(workspace, page.items().stream().map(CaseRecord::firstPost).toList());
        var matchesByPost = cases.matchesOfPosts(workspace, postsById.keySet());
        var queryNames = queries.names(workspace, queryIds(matchesByPost.values().stream().flatMap(List::stream)));
        var teamNames = teams.names(workspace, page.items().stream().map(CaseRecord::team).filter(Objects::nonNull).toList());
        var agentNames = agents.names(workspace, page.items().stream().map(CaseRecord::assignee).filter(Objects::nonNull).toList());
        var signalsByPost = signals.findAll(workspace, postsById.keySet());
        var slaByCase = sla.status(workspace, page.items().stream().map(c -> c.id().value()).toList());
        return new Page<>(
                page.items().stream()
                        .filter(c -> postsById.containsKey(c.firstPost()))
                        .map(c -> new CaseSummary(
                                c.id(),
                                c.status().wireName(),
                                c.priority().wireName(),
                                c.team() == null ? null : teamNames.get(c.team()),
                                c.assignee() == null ? null : agentNames.get(c.assignee()),
                                c.subject(),
                                c.openedAt(),
                                postsById.get(c.firstPost()),
                                named(matchesByPost.getOrDefault(c.firstPost(), List.of()), queryNames),
                                signalsByPost.get(c.firstPost()),
                                slaByCase.get(c.id().value())))
                        .toList(),
                page.page(),
                page.size(),
                page.total());
    }

    java.util.Optional<CaseDetail> detail(WorkspaceId workspace, CaseId id) {
        return cases.find(workspace, id).map(record -> {
            var mentions = cases.mentionsOf(workspace, id);
            var postsById = posts.findAll(workspace, mentions.stream().map(MentionRecord::post).toList());
            var queryNames = queries.names(workspace, queryIds(mentions.stream().flatMap(m -> m.matches().stream())));
            var team = record.team() == null ? null : teams.names(workspace, List.of(record.team())).get(record.team());
            var assignee = record.assignee() == null ? null : agents.names(workspace, List.of(record.assignee())).get(record.assignee());
            var signalsByPost = signals.findAll(workspace, postsById.keySet());
            var views = mentions.stream()
                    .filter(m -> postsById.containsKey(m.post()))
                    .map(m -> mentionView(m, postsById.get(m.post()), queryNames, signalsByPost.get(m.post())))
                    .toList();
            return new CaseDetail(record, team, assignee, views, cases.contactOf(workspace, id).orElse(null));
        });
    }

    private static MentionView mentionView(
            MentionRecord mention, PostView post, Map<TrackingQueryId, String> queryNames, @Nullable Signals signals) {
        var spans = mention.matches().stream().flatMap(m -> m.spans().stream()).toList();
        return new MentionView(
                post, mention.matchedAt(), named(mention.matches(), queryNames), Highlights.of(post.text(), spans), signals);
    }

    private static Collection<TrackingQueryId> queryIds(Stream<QueryMatch> matches) {
        return matches.map(QueryMatch::query).distinct().toList();
    }

    private static List<MatchedQuery> named(List<QueryMatch> matches, Map<TrackingQueryId, String> names) {
        return matches.stream()
                .map(m -> new MatchedQuery(m.query(), names.getOrDefault(m.query(), "(deleted query)"), m.spans()))
                .toList();
    }

}
