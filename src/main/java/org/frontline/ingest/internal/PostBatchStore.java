package org.frontline.ingest.internal;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post table's writes for a whole batch at once: the stored posts looked up through one prepared statement, the
 * new ones inserted in one JDBC batch, instead of a statement prepared and run per post. Every method is scoped by workspace.
 */
@Repository
public class PostBatchStore {

    private static final String INSERT = "insert into post (id, workspace_id, channel, external_id, url, author_handle,"
            + " author_display_name, author_profile_url, author_followers, text, lang, in_reply_to, created_at, received_at,"
            + " raw_payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_KEYS =
            "insert into post_search_keys (post_id, workspace_id, received_at, search_keys) values (?, ?, ?, ?)";

    private static final String LOOKUP = "select id, text from post where workspace_id = ? and channel = ? and external_id = ?";

    /** A post to insert under the id ingest gave it. */
    public record NewRow(PostId id, NewPost post) {}

    private final JdbcTemplate template;
    private final PostRepository posts;
    private final TransactionTemplate transactions;

    PostBatchStore(JdbcTemplate template, PostRepository posts, TransactionTemplate transactions) {
        this.template = template;
        this.posts = posts;
        this.transactions = transactions;
    }

    /**
     * The id and text of those of {@code externalIds} already stored on {@code channel}, by external id. One prepared
     * statement, executed once per id: each is an index lookup, where an {@code in (...)} list on the index's last
     * column makes H2 scan every post of the workspace and channel, once per batch.
     */
    public Map<String, PostRepository.StoredText> findStoredTexts(WorkspaceId workspace, Channel channel, Collection<String> externalIds) {
        var found = new HashMap<String, PostRepository.StoredText>();
        if (externalIds.isEmpty()) {
            return found;
        }
        template.execute(LOOKUP, (PreparedStatement statement) -> {
            statement.setObject(1, workspace.value());
            statement.setString(2, channel.wireName());
            for (var externalId : externalIds) {
                statement.setString(3, externalId);
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        found.put(externalId, new PostRepository.StoredText(new PostId(rows.getObject(1, UUID.class)), rows.getString(2)));
                    }
                }
            }
            return found;
        });
        return found;
    }

    /**
     * Inserts the rows in one JDBC batch, and their search keys in a second, in one transaction (the caller's, when
     * there is one: ingest stores a whole batch in one).
     */
    public void insertAll(WorkspaceId workspace, List<NewRow> rows, Instant receivedAt) {
        if (rows.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> insertRowsAndKeys(workspace, rows, receivedAt));
    }

    private void insertRowsAndKeys(WorkspaceId workspace, List<NewRow> rows, Instant receivedAt) {
        var received = receivedAt.atOffset(ZoneOffset.UTC);
        template.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            var post = row.post();
            statement.setObject(1, row.id().value());
            statement.setObject(2, workspace.value());
            statement.setString(3, post.channel().wireName());
            statement.setString(4, post.externalId());
            statement.setString(5, post.url());
            statement.setString(6, post.author().handle());
            statement.setString(7, post.author().displayName());
            statement.setString(8, post.author().profileUrl());
            if (post.author().followers() == null) {
                statement.setNull(9, Types.BIGINT);
            } else {
                statement.setLong(9, post.author().followers());
            }
            statement.setString(10, post.text());
            statement.setString(11, post.lang());
            statement.setString(12, post.inReplyTo());
            statement.setObject(13, post.createdAt().atOffset(ZoneOffset.UTC));
            statement.setObject(14, received);
            statement.setString(15, post.rawPayload());
        });
        // The query preview's candidate keys, as single inserts write them.
        template.batchUpdate(INSERT_KEYS, rows, rows.size(), (statement, row) -> {
            statement.setObject(1, row.id().value());
            statement.setObject(2, workspace.value());
            statement.setObject(3, received);
            statement.setString(4, posts.searchKeysOf(row.post()));
        });
    }
}
