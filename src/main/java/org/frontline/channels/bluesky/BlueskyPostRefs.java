package org.frontline.channels.bluesky;

import java.util.Optional;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a reply to a stored Bluesky post must name: the post's content id and its thread's root. */
@Repository
class BlueskyPostRefs {

    record Ref(String uri, String cid, String rootUri, String rootCid) {}

    private final JdbcClient jdbc;

    BlueskyPostRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Ref> find(WorkspaceId workspace, String uri) {
        return jdbc.sql("select uri, cid, root_uri, root_cid from bluesky_post_ref where workspace_id = ? and uri = ?")
                .params(workspace.value(), uri)
                .query((rs, i) -> new Ref(rs.getString("uri"), rs.getString("cid"), rs.getString("root_uri"), rs.getString("root_cid")))
                .optional();
    }

    void save(WorkspaceId workspace, Ref ref) {
        var updated = jdbc.sql("update bluesky_post_ref set cid = ?, root_uri = ?, root_cid = ? where workspace_id = ? and uri = ?")
                .params(ref.cid(), ref.rootUri(), ref.rootCid(), workspace.value(), ref.uri())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into bluesky_post_ref (workspace_id, uri, cid, root_uri, root_cid) values (?, ?, ?, ?, ?)")
                    .params(workspace.value(), ref.uri(), ref.cid(), ref.rootUri(), ref.rootCid())
                    .update();
        }
    }
}
