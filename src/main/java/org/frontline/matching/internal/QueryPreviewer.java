package org.frontline.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontline.ingest.KeyedCount;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.ingest.SearchCondition;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.Span;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs one query over the stored posts of the last 30 days (days of the workspace's time zone), newest first, in
 * batches, so memory stays bounded however many posts there are. The answer is the one matching every post with the
 * live stream's matcher would give, reached in one of three ways, fastest first:
 *
 * <ol>
 *   <li>a query the stored search keys tell exactly ({@link CandidateSearch#exactConditionFor}) is counted by the
 *       database per quarter hour; only posts stored without keys, and the newest matches for the examples, go through
 *       the matcher;
 *   <li>otherwise the database selects the candidates ({@link CandidateSearch#conditionFor}) and the matcher decides;
 *   <li>a query keys cannot narrow down (only {@code NOT}, {@code followers:}, {@code url:} …) is matched on every post.
 * </ol>
 *
 * Matching every post (3) stops after {@link #MATCHING_BUDGET}; the answer then covers the newest posts only and says
 * it is incomplete.
 */
@Component
public class QueryPreviewer {

    /** Bounds the time of one preview on a very busy workspace; the answer then says it is incomplete. */
    static final int MAX_SCANNED = 250_000;

    /**
     * How long matching every post may run before the preview answers with what it has covered, newest first, and
     * says it is incomplete: a query the keys cannot narrow (only {@code followers:}, {@code url:}, {@code site:}) has
     * every post of the period matched, several seconds at 100,000 posts. Counting by the keys and matching the
     * candidates they select are never cut short.
     */
    static final Duration MATCHING_BUDGET = Duration.ofSeconds(1);

    private static final int BATCH = 2_000;

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /** Nearly every candidate of an exact condition is a match, so a page a little longer than the examples is enough. */
    private static final int EXAMPLE_BATCH = QueryPreview.MAX_EXAMPLES + 10;

    private final Posts posts;
    private final WorkspaceTimeZones timeZones;
    private final Clock clock;
    private final int batch;
    private final @Nullable Duration matchingBudget;

    @Autowired
    QueryPreviewer(Posts posts, WorkspaceTimeZones timeZones, Clock clock) {
        this(posts, timeZones, clock, BATCH, MATCHING_BUDGET);
    }

    /** With another batch size and no time budget: tests page through a few posts in many batches, always to the end. */
    QueryPreviewer(Posts posts, WorkspaceTimeZones timeZones, Clock clock, int batch) {
        this(posts, timeZones, clock, batch, null);
    }

    /** With another batch size and time budget for matching every post (none when null). */
    QueryPreviewer(
            Posts posts, WorkspaceTimeZones timeZones, Clock clock, int batch, @Nullable Duration matchingBudget) {
        this.posts = posts;
        this.timeZones = timeZones;
        this.clock = clock;
        this.batch = batch;
        this.matchingBudget = matchingBudget;
    }

    public QueryPreview preview(WorkspaceId workspace, CompiledQuery query) {
        Period period = period(workspace);
        Optional<SearchCondition> exact = CandidateSearch.exactConditionFor(query.query());
        if (exact.isPresent() && period.isMadeOfQuarterHours(clock.instant())) {
            return countInDatabase(workspace, query, exact.get());
        }
        Optional<SearchCondition> condition = CandidateSearch.conditionFor(query.query());
        if (condition.isEmpty()) {
            long deadline = matchingBudget == null ? NO_DEADLINE : System.nanoTime() + matchingBudget.toNanos();
            return scanAll(workspace, query, deadline);
        }
        var scan = new Scan(query, period(workspace), NO_DEADLINE);
        posts.forEachCandidateReceivedSince(workspace, scan.period.since(), condition.get(), batch, scan::take);
        // The answer tells how many posts the preview covered: all of the period's, or those down to where it stopped.
        Instant oldest = scan.oldestTaken;
        Instant coveredSince = scan.truncated && oldest != null ? oldest : scan.period.since();
        long covered = posts.countReceivedSince(workspace, coveredSince);
        return scan.result((int) Math.min(covered, Integer.MAX_VALUE));
    }

    private QueryPreview countInDatabase(WorkspaceId workspace, CompiledQuery query, SearchCondition exact) {
        var scan = new Scan(query, period(workspace), NO_DEADLINE);
        Instant since = scan.period.since();
        KeyedCount count = posts.countKeyedReceivedSince(workspace, since, clock.instant(), exact);
        count.matchesPerQuarterHour().forEach(scan::countQuarter);
        if (count.keyless() > 0) {
            posts.forEachWithoutKeysReceivedSince(workspace, since, batch, scan::takeCountOnly);
        }
        // The newest matches: candidates in the same order as every other scan, until there are enough examples.
        posts.forEachCandidateReceivedSince(
                workspace, examplesSince(count, since), exact, EXAMPLE_BATCH, scan::takeExamplesOnly);
        return scan.result((int) Math.min(count.posts(), Integer.MAX_VALUE));
    }

    /**
     * The start of the newest quarter hours that hold enough matches for the examples, so that the database need not
     * read further back; the whole period when it has fewer.
     */
    private static Instant examplesSince(KeyedCount count, Instant since) {
        long matches = 0;
        for (var quarter : count.matchesPerQuarterHour().entrySet().stream()
                .sorted(Map.Entry.<Instant, Long>comparingByKey().reversed())
                .toList()) {
            matches += quarter.getValue();
            if (matches >= QueryPreview.MAX_EXAMPLES) {
                return quarter.getKey().isAfter(since) ? quarter.getKey() : since;
            }
        }
        return since;
    }

    /** The preview by matching every post of the period: the fallback, and what the candidate selection must equal. */
    QueryPreview scanAll(WorkspaceId workspace, CompiledQuery query) {
        return scanAll(workspace, query, NO_DEADLINE);
    }

    /** Like {@link #scanAll(WorkspaceId, CompiledQuery)}, stopping at {@code deadline} ({@link System#nanoTime}). */
    private QueryPreview scanAll(WorkspaceId workspace, CompiledQuery query, long deadline) {
        var scan = new Scan(query, period(workspace), deadline);
        posts.forEachReceivedSince(workspace, scan.period.since(), batch, scan::take);
        return scan.result(scan.taken);
    }

    private Period period(WorkspaceId workspace) {
        ZoneId zone = timeZones.zoneOf(workspace);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return new Period(today.minusDays(QueryPreview.DAYS - 1L), zone);
    }

    /** The preview's days: {@link QueryPreview#DAYS} of them, ending today, in the workspace's time zone. */
    private record Period(LocalDate first, ZoneId zone) {

        Instant since() {
            return first.atStartOfDay(zone).toInstant();
        }

        /** Whether the period's days begin and end on quarter hours of UTC, as every zone's days do today. */
        boolean isMadeOfQuarterHours(Instant now) {
            return zone.getRules().getOffset(since()).getTotalSeconds() % 900 == 0
                    && zone.getRules().getOffset(now).getTotalSeconds() % 900 == 0;
        }

        /** The day's index in the period; outside 0 until DAYS for a post received after today (a clock skew). */
        long dayOf(Instant received) {
            return ChronoUnit.DAYS.between(first, LocalDate.ofInstant(received, zone));
        }
    }

    /** The running totals of one preview. */
    private static final class Scan {

        private final CompiledQuery query;
        private final Period period;
        private final long deadline;
        private final long[] perDay = new long[QueryPreview.DAYS];
        private final List<QueryPreview.Example> examples = new ArrayList<>();
        private int taken;
        private long matched;
        private boolean truncated;
        private @Nullable Instant oldestTaken;

        Scan(CompiledQuery query, Period period, long deadline) {
            this.query = query;
            this.period = period;
            this.deadline = deadline;
        }

        boolean take(List<PostView> batch) {
            // Checked between batches: a batch read is a batch matched, however busy the machine.
            if (deadline != NO_DEADLINE && taken > 0 && System.nanoTime() - deadline > 0) {
                truncated = true;
                return false;
            }
            for (PostView post : batch) {
                if (taken == MAX_SCANNED) {
                    truncated = true;
                    return false;
                }
                taken++;
                oldestTaken = post.receivedAt();
                take(post);
            }
            return true;
        }

        /** Counts {@code matches} received in the quarter hour starting at {@code quarter}, already known to match. */
        void countQuarter(Instant quarter, long matches) {
            matched += matches;
            long day = period.dayOf(quarter);
            if (day >= 0 && day < perDay.length) {
                perDay[(int) day] += matches;
            }
        }

        /** Matches and counts, without examples: the examples come from elsewhere. */
        boolean takeCountOnly(List<PostView> batch) {
            for (PostView post : batch) {
                if (taken == MAX_SCANNED) {
                    truncated = true;
                    return false;
                }
                taken++;
                if (query.matches(PostMatcher.matchable(post))) {
                    count(post);
                }
            }
            return true;
        }

        /** Collects examples without counting, until there are enough. */
        boolean takeExamplesOnly(List<PostView> batch) {
            for (PostView post : batch) {
                if (examples.size() == QueryPreview.MAX_EXAMPLES) {
                    return false;
                }
                query.match(PostMatcher.matchable(post)).ifPresent(spans -> examples.add(example(post, spans)));
            }
            return examples.size() < QueryPreview.MAX_EXAMPLES;
        }

        QueryPreview result(int scanned) {
            List<QueryPreview.Day> days = new ArrayList<>(QueryPreview.DAYS);
            for (int day = 0; day < QueryPreview.DAYS; day++) {
                days.add(new QueryPreview.Day(period.first().plusDays(day), perDay[day]));
            }
            return new QueryPreview(scanned, matched, !truncated, days, examples);
        }

        private void take(PostView post) {
            var text = PostMatcher.matchable(post);
            if (examples.size() < QueryPreview.MAX_EXAMPLES) {
                query.match(text).ifPresent(spans -> {
                    examples.add(example(post, spans));
                    count(post);
                });
            } else if (query.matches(text)) {
                count(post);
            }
        }

        private static QueryPreview.Example example(PostView post, List<Span> spans) {
            return new QueryPreview.Example(
                    post.id(), post.channel().wireName(), post.author().label(), post.text(), post.url(), post.createdAt(), spans);
        }

        private void count(PostView post) {
            matched++;
            long day = period.dayOf(post.receivedAt());
            if (day >= 0 && day < perDay.length) {
                perDay[(int) day]++;
            }
        }
    }
}
