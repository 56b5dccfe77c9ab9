package org.frontline.channels.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.frontline.channels.internal.SecretBox;
import org.frontline.channels.internal.SourceHealth;
import org.frontline.channels.internal.SourceKind;
import org.frontline.shared.WorkspaceId;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Creates, lists and removes a workspace's webhooks. A secret is shown once, when it is created: it is stored
 * sealed (AES-GCM, bound to its row) and nothing reads it back but the signature check.
 */
@Component
public class WebhookSources {

    /** A new webhook and its signing secret, which is never shown again. */
    public record Created(UUID id, String name, String secret) {
        @Override
        public String toString() {
            // Keeps the secret out of any log line or message that prints this record.
            return "Created[id=" + id + ", name=" + name + "]";
        }
    }

    /** A webhook as the Channels page shows it: never its secret. */
    public record Status(UUID id, String name, WebhookMapping mapping, SourceHealth.Status health) {}

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository sources;
    private final SecretBox secrets;
    private final SourceHealth health;
    private final Clock clock;

    WebhookSources(WebhookRepository sources, SecretBox secrets, SourceHealth health, Clock clock) {
        this.sources = sources;
        this.secrets = secrets;
        this.health = health;
        this.clock = clock;
    }

    /** @throws InvalidRequest naming each bad field: the name, or a pointer */
    public Created create(WorkspaceId workspace, String name, WebhookMapping mapping) {
        var problems = new ArrayList<FieldProblem>();
        if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "must be 1-64 lower-case letters, digits or dashes"));
        } else if (sources.findByName(workspace, name).isPresent()) {
            problems.add(new FieldProblem("name", "is already used by another webhook of this workspace"));
        }
        problems.addAll(mapping.problems());
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var clean = new WebhookMapping(mapping.text().strip(), WebhookMapping.blankToNull(mapping.id()),
                WebhookMapping.blankToNull(mapping.author()), WebhookMapping.blankToNull(mapping.url()),
                WebhookMapping.blankToNull(mapping.time()));
        var id = UUID.randomUUID();
        var source = new WebhookSource(id, workspace, name, secrets.seal(secret, WebhookSource.secretContext(id)), clean);
        sources.insert(source, clock.instant());
        return new Created(source.id(), name, secret);
    }

    public List<Status> list(WorkspaceId workspace) {
        return sources.list(workspace).stream()
                .map(s -> new Status(s.id(), s.name(), s.mapping(), health.of(workspace, SourceKind.WEBHOOK, s.id())))
                .toList();
    }

    public boolean remove(WorkspaceId workspace, UUID id) {
        return sources.delete(workspace, id);
    }
}
