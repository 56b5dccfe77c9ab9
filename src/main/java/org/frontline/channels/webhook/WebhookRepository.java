package org.frontline.channels.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook_source and webhook_delivery tables, scoped by workspace. */
@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookSource source, Instant createdAt) {
        var m = source.mapping();
        jdbc.sql("""
                        insert into webhook_source (id, workspace_id, name, secret_sealed, text_pointer, id_pointer, author_pointer,
                        url_pointer, time_pointer, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(source.id(), source.workspace().value(), source.name(), source.sealedSecret(), m.text(), m.id(), m.author(), m.url(),
                        m.time(), createdAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<WebhookSource> findByName(WorkspaceId workspace, String name) {
        return jdbc.sql("select * from webhook_source where workspace_id = ? and name = ?")
                .params(workspace.value(), name)
                .query(WebhookRepository::source)
                .optional();
    }

    List<WebhookSource> list(WorkspaceId workspace) {
        return jdbc.sql("select * from webhook_source where workspace_id = ? order by name")
                .param(workspace.value())
                .query(WebhookRepository::source)
                .list();
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from webhook_source where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    boolean deliverySeen(UUID source, String deliveryId) {
        return jdbc.sql("select count(*) from webhook_delivery where source_id = ? and delivery_id = ?")
                        .params(source, deliveryId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void recordDelivery(UUID source, String deliveryId, Instant receivedAt) {
        jdbc.sql("insert into webhook_delivery (source_id, delivery_id, received_at) values (?, ?, ?)")
                .params(source, deliveryId, receivedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static WebhookSource source(ResultSet rs, int row) throws SQLException {
        return new WebhookSource(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("name"),
                rs.getString("secret_sealed"),
                new WebhookMapping(rs.getString("text_pointer"), rs.getString("id_pointer"), rs.getString("author_pointer"),
                        rs.getString("url_pointer"), rs.getString("time_pointer")));
    }
}
