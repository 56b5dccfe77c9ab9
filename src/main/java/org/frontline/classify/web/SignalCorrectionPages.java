package org.frontline.classify.web;

import java.security.Principal;
import java.util.UUID;
import org.frontline.classify.CorrectableSignal;
import org.frontline.classify.InvalidCorrection;
import org.frontline.classify.MentionSignals;
import org.frontline.ingest.PostId;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The correction form of the case page: an agent says what a signal should have been, then returns to the case. */
@Controller
class SignalCorrectionPages {

    private static final int MAX_CORRECTION = 40;

    private final WorkspaceAccess access;
    private final MentionSignals signals;

    SignalCorrectionPages(WorkspaceAccess access, MentionSignals signals) {
        this.access = access;
        this.signals = signals;
    }

    @PostMapping("/w/{workspace}/mentions/{post}/signals")
    String correct(
            @PathVariable String workspace,
            @PathVariable UUID post,
            @RequestParam String correction,
            @RequestParam UUID caseId,
            Principal agent) {
        var scope = access.require(workspace, Role.AGENT);
        var colon = correction.indexOf(':');
        if (correction.length() > MAX_CORRECTION || colon < 0) {
            throw new InvalidCorrection("A correction is written \"signal:value\", for example \"intent:question\".");
        }
        var signal = CorrectableSignal.fromWireName(correction.substring(0, colon))
                .orElseThrow(() -> new InvalidCorrection("There is no signal \"" + correction.substring(0, colon) + "\" to correct."));
        signals.correct(scope.id(), new PostId(post), signal, correction.substring(colon + 1), agent.getName());
        // The case id is a UUID by binding, so the redirect stays on this site and in this workspace.
        return "redirect:/w/" + scope.slug() + "/cases/" + caseId;
    }
}
