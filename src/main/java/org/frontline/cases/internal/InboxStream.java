package org.frontline.cases.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.frontline.cases.CaseOpened;
import org.frontline.cases.CaseStatusChanged;
import org.frontline.cases.CustomerWroteAgain;
import org.frontline.shared.WorkspaceId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for open inboxes: when a case of the workspace opens or changes, every inbox of that
 * workspace on this node is told to refresh its rows. Told after the commit, so the refresh sees the change.
 * The events carry no case data: the page fetches what the agent may see through its normal request.
 */
@Component
public class InboxStream {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<WorkspaceId, Set<SseEmitter>> inboxes = new ConcurrentHashMap<>();

    public SseEmitter subscribe(WorkspaceId workspace) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        var subscribers = inboxes.computeIfAbsent(workspace, key -> ConcurrentHashMap.newKeySet());
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        return emitter;
    }

    @EventListener
    void on(CaseOpened event) {
        changedAfterCommit(event.workspace());
    }

    @EventListener
    void on(CaseStatusChanged event) {
        changedAfterCommit(event.workspace());
    }

    @EventListener
    void on(CustomerWroteAgain event) {
        changedAfterCommit(event.workspace());
    }

    private void changedAfterCommit(WorkspaceId workspace) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed(workspace);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changed(workspace);
            }
        });
    }

    void changed(WorkspaceId workspace) {
        var subscribers = inboxes.getOrDefault(workspace, Set.of());
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name("changed").data("cases"));
            } catch (IOException | IllegalStateException gone) {
                // The browser went away; the container completes the emitter and onCompletion forgets it.
                subscribers.remove(emitter);
            }
        }
    }
}
