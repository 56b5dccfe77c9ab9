package org.frontline.metrics.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontline.shared.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who receives a workspace's weekly summary. */
@Component
public class ReportRecipients {

    public static final int MOST = 50;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private final JdbcClient jdbc;

    ReportRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(WorkspaceId workspace) {
        return jdbc.sql("select email from metrics_report_recipient where workspace_id = ? order by email")
                .param(workspace.value())
                .query(String.class)
                .list();
    }

    /**
     * Replaces the recipients.
     *
     * @throws IllegalArgumentException naming the first address that is not one, or when there are too many
     */
    @Transactional
    public void replace(WorkspaceId workspace, Collection<String> addresses) {
        var clean = new ArrayList<String>();
        for (var address : addresses) {
            var trimmed = address.strip().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty() || clean.contains(trimmed)) {
                continue;
            }
            if (!ADDRESS.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("Not an e-mail address: " + trimmed);
            }
            clean.add(trimmed);
        }
        if (clean.size() > MOST) {
            throw new IllegalArgumentException("At most " + MOST + " recipients");
        }
        jdbc.sql("delete from metrics_report_recipient where workspace_id = ?").param(workspace.value()).update();
        clean.forEach(email -> jdbc.sql("insert into metrics_report_recipient (workspace_id, email) values (?, ?)")
                .params(workspace.value(), email)
                .update());
    }

    List<WorkspaceId> workspacesWithRecipients() {
        return jdbc.sql("select distinct workspace_id from metrics_report_recipient")
                .query((rs, i) -> new WorkspaceId(rs.getObject(1, UUID.class)))
                .list();
    }
}
