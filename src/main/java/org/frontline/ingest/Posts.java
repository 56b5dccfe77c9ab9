package org.frontline.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Reads stored posts of one workspace. */
@Component
public class Posts {

    private final PostRepository repository;

    Posts(PostRepository repository) {
        this.repository = repository;
    }

    public Optional<PostView> find(WorkspaceId workspace, PostId id) {
        return repository.find(workspace, id);
    }

    /** The posts among {@code ids} that exist in the workspace, by id. */
    public Map<PostId, PostView> findAll(WorkspaceId workspace, Collection<PostId> ids) {
        return repository.findAll(workspace, ids).stream().collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    /** The post a channel knows by {@code externalId}, e.g. the parent named by a reply's {@code inReplyTo}. */
    public Optional<PostId> findByExternalId(WorkspaceId workspace, Channel channel, String externalId) {
        return repository.findIdByExternalId(workspace, channel, externalId);
    }

    public long count(WorkspaceId workspace) {
        return repository.count(workspace);
    }

    /**
     * Hands the workspace's posts received since {@code since} to {@code batch}, newest first, at most
     * {@code batchSize} at a time, until they run out or {@code batch} answers false. For scans such as a query
     * preview that must not hold every post in memory at once.
     */
    public void forEachReceivedSince(
            WorkspaceId workspace, Instant since, int batchSize, Predicate<List<PostView>> batch) {
        repository.forEachReceivedSince(workspace, since, batchSize, batch);
    }

    /**
     * Like {@link #forEachReceivedSince}, but only the candidates of a search: the posts whose stored
     * {@link PostSearchKeys} satisfy {@code condition}, and every post stored without keys. The database selects
     * them, so a scan for something rare reads only a few posts.
     */
    public void forEachCandidateReceivedSince(
            WorkspaceId workspace,
            Instant since,
            SearchCondition condition,
            int batchSize,
            Predicate<List<PostView>> batch) {
        repository.forEachCandidateReceivedSince(workspace, since, condition, batchSize, batch);
    }

    /** Like {@link #forEachReceivedSince}, but only the posts stored without {@link PostSearchKeys}. */
    public void forEachWithoutKeysReceivedSince(
            WorkspaceId workspace, Instant since, int batchSize, Predicate<List<PostView>> batch) {
        repository.forEachWithoutKeysReceivedSince(workspace, since, batchSize, batch);
    }

    /**
     * In one pass over the workspace's posts received since {@code since}: how many stored with keys satisfy
     * {@code condition}, which must be exact (it tells a post's keys exactly), per quarter hour received; how many
     * posts there are; and how many have no keys, which the caller must look at itself. {@code now} only shares the
     * work out: posts received after it are counted too.
     */
    public KeyedCount countKeyedReceivedSince(
            WorkspaceId workspace, Instant since, Instant now, SearchCondition condition) {
        return repository.countKeyedPerQuarterHour(workspace, since, now, condition);
    }

    /** How many posts the workspace received since {@code since}. */
    public long countReceivedSince(WorkspaceId workspace, Instant since) {
        return repository.countReceivedSince(workspace, since);
    }
}
