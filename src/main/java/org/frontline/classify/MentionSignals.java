package org.frontline.classify;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontline.classify.internal.CorrectionRepository;
import org.frontline.classify.internal.Corrections;
import org.frontline.classify.internal.SignalRepository;
import org.frontline.ingest.PostId;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the signals of a workspace's mentions, with agents' corrections applied, and records corrections.
 * Never crosses workspaces: another workspace's post has no signals here.
 */
@Component
public class MentionSignals {

    private final SignalRepository signals;
    private final CorrectionRepository corrections;
    private final Clock clock;

    MentionSignals(SignalRepository signals, CorrectionRepository corrections, Clock clock) {
        this.signals = signals;
        this.corrections = corrections;
        this.clock = clock;
    }

    public Optional<Signals> find(WorkspaceId workspace, PostId post) {
        return Optional.ofNullable(findAll(workspace, List.of(post)).get(post));
    }

    /** The signals of those posts that have them, by post. */
    public Map<PostId, Signals> findAll(WorkspaceId workspace, Collection<PostId> posts) {
        var computed = signals.findAll(workspace, posts);
        var byPost = corrections.of(workspace, computed.keySet()).stream().collect(Collectors.groupingBy(SignalCorrection::post));
        var result = new HashMap<PostId, Signals>();
        computed.forEach((post, s) -> result.put(post, Corrections.apply(s, byPost.getOrDefault(post, List.of()))));
        return result;
    }

    /**
     * Records that {@code signal} of the mention should be {@code value}, as judged by {@code agent}.
     *
     * @throws InvalidCorrection when the value is not one the signal can take
     * @throws SignalsNotFound when the post has no signals in this workspace
     */
    @Transactional
    public SignalCorrection correct(WorkspaceId workspace, PostId post, CorrectableSignal signal, String value, String agent) {
        if (!signal.accepts(value)) {
            throw new InvalidCorrection("\"" + value + "\" is not a value of " + signal.wireName() + ".");
        }
        var current = find(workspace, post).orElseThrow(SignalsNotFound::new);
        // Microseconds: what both databases keep, so the correction returned equals the one read back.
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var correction = new SignalCorrection(post, signal, signal.valueOf(current), value, agent, at);
        corrections.insert(workspace, correction);
        return correction;
    }

    /** Every correction of the workspace, oldest first. */
    public List<SignalCorrection> corrections(WorkspaceId workspace) {
        return corrections.all(workspace);
    }
}
