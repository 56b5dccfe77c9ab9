package org.frontline.classify.web;

import java.util.LinkedHashMap;
import org.frontline.classify.CorrectableSignal;
import org.frontline.classify.MentionSignals;
import org.frontline.classify.SignalCorrection;
import org.frontline.ingest.PostId;
import org.frontline.ingest.Posts;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /w/{workspace}/classification/corrections/{signal}.csv}: the workspace's corrections of one signal
 * as {@code text,label} (the latest correction of each post), the input of the evaluation and retraining
 * commands. Admins only: it carries post text.
 */
@RestController
class CorrectionExport {

    private final WorkspaceAccess access;
    private final MentionSignals signals;
    private final Posts posts;

    CorrectionExport(WorkspaceAccess access, MentionSignals signals, Posts posts) {
        this.access = access;
        this.signals = signals;
        this.posts = posts;
    }

    @GetMapping("/w/{workspace}/classification/corrections/{signal}.csv")
    ResponseEntity<String> export(@PathVariable String workspace, @PathVariable String signal) {
        var scope = access.require(workspace, Role.ADMIN);
        var kind = CorrectableSignal.fromWireName(signal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var latest = new LinkedHashMap<PostId, SignalCorrection>();
        signals.corrections(scope.id()).stream().filter(c -> c.signal() == kind).forEach(c -> latest.put(c.post(), c));
        var texts = posts.findAll(scope.id(), latest.keySet());
        var csv = new StringBuilder("text,label\r\n");
        latest.forEach((post, c) -> {
            var text = texts.get(post);
            if (text != null) {
                csv.append(field(text.text())).append(',').append(field(c.correctedValue())).append("\r\n");
            }
        });
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"corrections-" + kind.wireName() + ".csv\"")
                .body(csv.toString());
    }

    /** Quoted, and a leading =, +, -, @, tab or CR made inert so a spreadsheet never runs a post as a formula. */
    static String field(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
