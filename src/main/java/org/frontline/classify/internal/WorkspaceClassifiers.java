package org.frontline.classify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.classify.Classifier;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The classifier each workspace uses: its retrained models when it has some, else the shipped ones. Models are
 * read from the database once and cached; a retraining on this node swaps them at once, and every node checks
 * the stored version at most every {@link #RECHECK}, so a model trained on another node (or before a restart)
 * is picked up without a restart either.
 */
@Component
public class WorkspaceClassifiers {

    /** How long a node may keep using a workspace's model before checking whether a newer one was stored. */
    static final Duration RECHECK = Duration.ofSeconds(10);

    private record Cached(@Nullable ModelVersion version, Classifier classifier, Instant checkedAt) {}

    private final Models shippedModels = Models.shipped();
    private final Classifier shipped = Classifier.with(shippedModels);
    private final Map<WorkspaceId, Cached> cache = new ConcurrentHashMap<>();
    private final WorkspaceModelRepository models;
    private final Clock clock;

    WorkspaceClassifiers(WorkspaceModelRepository models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    public Classifier of(WorkspaceId workspace) {
        var now = clock.instant();
        var cached = cache.get(workspace);
        if (cached != null && now.isBefore(cached.checkedAt().plus(RECHECK))) {
            return cached.classifier();
        }
        var stored = models.version(workspace).orElse(null);
        if (cached != null && Objects.equals(stored, cached.version())) {
            cache.put(workspace, new Cached(cached.version(), cached.classifier(), now));
            return cached.classifier();
        }
        var loaded = load(workspace, now);
        cache.put(workspace, loaded);
        return loaded.classifier();
    }

    /** The version of the workspace's retrained models in use, empty while it uses the shipped ones. */
    public Optional<ModelVersion> versionOf(WorkspaceId workspace) {
        of(workspace);
        return Optional.ofNullable(cache.get(workspace)).map(Cached::version);
    }

    /** Puts models just stored for the workspace in use on this node at once. */
    void use(WorkspaceId workspace, ModelVersion version, Models trained) {
        cache.put(workspace, new Cached(version, Classifier.with(trained), clock.instant()));
    }

    /** The models the workspace classifies with now (the shipped ones when it has none of its own). */
    Models modelsOf(WorkspaceId workspace) {
        return models.find(workspace).map(WorkspaceModelRepository.Stored::models).orElse(shippedModels);
    }

    private Cached load(WorkspaceId workspace, Instant now) {
        return models.find(workspace)
                .map(s -> new Cached(s.version(), Classifier.with(s.models()), now))
                .orElseGet(() -> new Cached(null, shipped, now));
    }
}
