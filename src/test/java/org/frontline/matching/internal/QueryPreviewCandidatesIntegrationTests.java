package org.frontline.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.matching.QueryPreview;
import org.frontline.matching.query.CompiledQuery;
import org.frontline.matching.query.QueryParser;
import org.frontline.matching.query.QuerySyntaxError;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.TestWorkspaces;
import org.frontline.workspaces.WorkspaceTimeZones;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The preview that lets the database select candidates answers exactly what matching every post answers, on many
 * random queries and posts, including posts stored without keys, edited posts, another workspace's posts and days of a
 * time zone far from UTC. On the embedded database; {@link QueryPreviewCandidatesOnPostgresIntegrationTests} repeats it
 * on PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
class QueryPreviewCandidatesIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");

    @Autowired
    ApplicationContext context;

    @Autowired
    PostRepository repository;

    @Autowired
    Posts posts;

    @Autowired
    WorkspaceTimeZones timeZones;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void candidatePreviewAnswersExactlyWhatMatchingEveryPostAnswers() {
        var workspaces = new TestWorkspaces(context);
        WorkspaceId mine = workspaces.create().id();
        WorkspaceId theirs = workspaces.create().id();
        // UTC+14: most posts fall on another day there than in UTC.
        timeZones.setZone(mine, "Pacific/Kiritimati");
        var samples = new PreviewSamples(7);
        Map<PostId, NewPost> stored = store(mine, samples, 1_200);
        store(theirs, samples, 300);
        editSome(mine, samples, stored);
        forgetKeysOfSome(stored);
        // Small batches, so that the keyset paging of both scans is exercised many times.
        var previewer = new QueryPreviewer(posts, timeZones, Clock.fixed(NOW, ZoneOffset.UTC), 97);

        int compared = 0;
        int withMatches = 0;
        for (int i = 0; i < 300; i++) {
            CompiledQuery query = compileOrNull(samples.query(3));
            if (query == null) {
                continue;
            }
            QueryPreview fast = previewer.preview(mine, query);
            QueryPreview full = previewer.scanAll(mine, query);
            assertThat(fast).as(query.query().canonical()).isEqualTo(full);
            compared++;
            withMatches += fast.matched() > 0 ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(220);
        assertThat(withMatches).isGreaterThan(100);
    }

    @Test
    void matchingEveryPostStopsWhenItsTimeIsUpAndSaysTheAnswerIsIncomplete() {
        WorkspaceId workspace = new TestWorkspaces(context).create().id();
        var samples = new PreviewSamples(11);
        store(workspace, samples, 300);
        // No time at all: the scan matches the first batch of 97, then finds its time up.
        var outOfTime = new QueryPreviewer(posts, timeZones, Clock.fixed(NOW, ZoneOffset.UTC), 97, Duration.ZERO);
        var unbounded = new QueryPreviewer(posts, timeZones, Clock.fixed(NOW, ZoneOffset.UTC), 97);
        CompiledQuery keysCannotNarrow = compileOrNull("followers:>=0");

        QueryPreview partial = outOfTime.preview(workspace, keysCannotNarrow);
        QueryPreview whole = unbounded.preview(workspace, keysCannotNarrow);

        assertThat(whole.complete()).isTrue();
        assertThat(whole.scanned()).isGreaterThan(200);
        assertThat(partial.complete()).isFalse();
        assertThat(partial.scanned()).isEqualTo(97);
        assertThat(partial.matched()).isLessThanOrEqualTo(partial.scanned());
        // Counting by the keys is never cut short.
        CompiledQuery exact = compileOrNull("NOT zzzunseen");
        assertThat(outOfTime.preview(workspace, exact)).isEqualTo(unbounded.preview(workspace, exact));
    }

    private Map<PostId, NewPost> store(WorkspaceId workspace, PreviewSamples samples, int count) {
        var random = new Random(count);
        Map<PostId, NewPost> stored = new LinkedHashMap<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                // Over 33 days, so that some posts are older than the preview's 30 days.
                Instant received = NOW.minus(Duration.ofSeconds(random.nextLong(33L * 24 * 3600)));
                var id = new PostId(UUID.randomUUID());
                var post = newPost(samples, samples.channel(), "p" + i, received);
                repository.insert(workspace, id, post, received);
                stored.put(id, post);
            }
        });
        return stored;
    }

    // An edit comes back on the post's channel with new text, author, language and address.
    private void editSome(WorkspaceId workspace, PreviewSamples samples, Map<PostId, NewPost> stored) {
        var ids = List.copyOf(stored.keySet());
        for (int i = 0; i < ids.size(); i += 10) {
            var original = stored.get(ids.get(i));
            var edited = newPost(samples, original.channel(), original.externalId(), original.createdAt());
            repository.updateEdited(workspace, ids.get(i), edited, NOW);
        }
    }

    // What posts stored before the column existed look like.
    private void forgetKeysOfSome(Map<PostId, NewPost> stored) {
        var ids = List.copyOf(stored.keySet());
        for (int i = 3; i < ids.size(); i += 20) {
            jdbc.sql("update post_search_keys set search_keys = null where post_id = ?").param(ids.get(i).value()).update();
        }
    }

    private static NewPost newPost(PreviewSamples samples, Channel channel, String externalId, Instant createdAt) {
        return new NewPost(channel, externalId, samples.url(), samples.author(), samples.text(), samples.lang(), createdAt, null, null);
    }

    private static @Nullable CompiledQuery compileOrNull(String query) {
        try {
            return CompiledQuery.compile(QueryParser.parse(query));
        } catch (QuerySyntaxError e) {
            return null;
        }
    }
}
