package org.frontline.channels.webhook;

import java.time.Clock;
import java.util.List;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.internal.SecretBox;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.PostIngestion;
import org.frontline.workspaces.WorkspaceAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one signed delivery: finds the source, checks the signature and its timestamp, then records the
 * delivery id and stores the posts in one transaction, so a replay (same delivery id) stores nothing new
 * and a failure stores nothing at all.
 */
@Component
public class WebhookReceiver {

    /** What the sender is told: the posts stored, or that this delivery was already taken. */
    public record Receipt(boolean duplicate, List<IngestedPost> posts) {}

    private final WorkspaceAdministration workspaces;
    private final WebhookRepository sources;
    private final SecretBox secrets;
    private final PostIngestion ingestion;
    private final SourceHealth health;
    private final TransactionTemplate transactions;
    private final ChannelsProperties.Webhook settings;
    private final Clock clock;

    WebhookReceiver(WorkspaceAdministration workspaces, WebhookRepository sources, SecretBox secrets, PostIngestion ingestion,
            SourceHealth health, TransactionTemplate transactions, ChannelsProperties properties, Clock clock) {
        this.workspaces = workspaces;
        this.sources = sources;
        this.secrets = secrets;
        this.ingestion = ingestion;
        this.health = health;
        this.transactions = transactions;
        this.settings = properties.webhook();
        this.clock = clock;
    }

    public Receipt receive(String workspaceSlug, String sourceName, @Nullable String timestamp, @Nullable String signature,
            @Nullable String deliveryId, byte[] body) {
        var workspace = workspaces.findWorkspace(workspaceSlug).orElseThrow(WebhookRefused::notFound);
        var source = sources.findByName(workspace, sourceName).orElseThrow(WebhookRefused::notFound);
        var verdict = WebhookSignature.verify(secretOf(source), timestamp, signature, body, clock.instant(), settings.tolerance());
        switch (verdict) {
            case VALID -> {}
            case STALE -> throw refused(source, WebhookRefused.stale(settings.tolerance().toSeconds()), "Stale timestamp");
            case MISSING -> throw refused(source, WebhookRefused.unsigned("Send " + WebhookSignature.TIMESTAMP_HEADER + " and "
                    + WebhookSignature.SIGNATURE_HEADER + " (sha256=HMAC-SHA256 of timestamp.body)."), "Unsigned delivery");
            case MALFORMED_TIMESTAMP, MISMATCH -> throw refused(source, WebhookRefused.unsigned(
                    "The signature does not match the body and timestamp for this webhook's secret."), "Signature mismatch");
        }
        if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 200) {
            throw WebhookRefused.missingDelivery();
        }
        var posts = WebhookPayload.posts(source, body, clock.instant());
        try {
            var receipt = transactions.execute(status -> store(source, deliveryId.strip(), posts));
            health.success(workspace, SourceKind.WEBHOOK, source.id(), receipt.posts().stream().filter(IngestedPost::created).count());
            return receipt;
        } catch (DuplicateKeyException raced) {
            // The same delivery arrived twice at once; the other one stored it.
            return new Receipt(true, List.of());
        }
    }

    private String secretOf(WebhookSource source) {
        try {
            return secrets.open(source.sealedSecret(), source.secretContext());
        } catch (SecretBox.SecretUnreadable e) {
            // The key changed or the row was altered: the owner must see why, the sender learns nothing more.
            throw refused(source, WebhookRefused.unavailable(), e.getMessage());
        }
    }

    private Receipt store(WebhookSource source, String deliveryId, List<org.frontline.ingest.NewPost> posts) {
        if (sources.deliverySeen(source.id(), deliveryId)) {
            return new Receipt(true, List.of());
        }
        sources.recordDelivery(source.id(), deliveryId, clock.instant());
        return new Receipt(false, ingestion.ingest(source.workspace(), posts));
    }

    private WebhookRefused refused(WebhookSource source, WebhookRefused problem, String reason) {
        health.failure(source.workspace(), SourceKind.WEBHOOK, source.id(), reason + " (delivery refused)");
        return problem;
    }
}
