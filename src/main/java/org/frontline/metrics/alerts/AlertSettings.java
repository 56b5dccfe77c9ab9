package org.frontline.metrics.alerts;

import java.util.Optional;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where a workspace's alerts go besides the app: an e-mail address and a Slack-compatible webhook, each optional. */
@Component
public class AlertSettings {

    public record Destinations(@Nullable String email, @Nullable String webhookUrl) {}

    private final JdbcClient jdbc;

    AlertSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Destinations of(WorkspaceId workspace) {
        return jdbc.sql("select email, webhook_url from metrics_alert_settings where workspace_id = ?")
                .param(workspace.value())
                .query((rs, i) -> new Destinations(rs.getString("email"), rs.getString("webhook_url")))
                .optional()
                .orElse(new Destinations(null, null));
    }

    @Transactional
    public Destinations save(WorkspaceId workspace, Destinations destinations) {
        if (jdbc.sql("update metrics_alert_settings set email = ?, webhook_url = ? where workspace_id = ?")
                        .params(destinations.email(), destinations.webhookUrl(), workspace.value())
                        .update()
                == 0) {
            jdbc.sql("insert into metrics_alert_settings (workspace_id, email, webhook_url) values (?, ?, ?)")
                    .params(workspace.value(), destinations.email(), destinations.webhookUrl())
                    .update();
        }
        return destinations;
    }

    static Optional<String> present(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
