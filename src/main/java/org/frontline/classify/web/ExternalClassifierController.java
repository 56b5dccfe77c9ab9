package org.frontline.classify.web;

import java.time.Duration;
import org.frontline.classify.ExternalClassifierSettings;
import org.frontline.classify.InvalidClassifierSettings;
import org.frontline.classify.internal.ExternalClassifiers;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workspaces/{workspace}/classifier}: read and change the workspace's external classifier.
 * Admins only, since turning it on sends post text out of Frontline. The API key goes in and never comes out.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/classifier")
class ExternalClassifierController {

    /** {@code apiKey} absent keeps the stored key, empty removes it; {@code timeoutSeconds} absent means 3. */
    record ClassifierRequest(@Nullable Boolean enabled, @Nullable String baseUrl, @Nullable String model,
            @Nullable String apiKey, @Nullable Double timeoutSeconds) {}

    record ClassifierResponse(boolean enabled, String baseUrl, String model, boolean apiKeySet, double timeoutSeconds) {
        static ClassifierResponse of(ExternalClassifierSettings s) {
            return new ClassifierResponse(s.enabled(), s.baseUrl(), s.model(), s.apiKeySet(), s.timeout().toMillis() / 1000.0);
        }
    }

    private final WorkspaceAccess access;
    private final ExternalClassifiers classifiers;

    ExternalClassifierController(WorkspaceAccess access, ExternalClassifiers classifiers) {
        this.access = access;
        this.classifiers = classifiers;
    }

    @GetMapping
    ClassifierResponse get(@PathVariable String workspace) {
        var scope = access.require(workspace, Role.ADMIN);
        return ClassifierResponse.of(classifiers.settings(scope.id()));
    }

    @PutMapping
    ClassifierResponse put(@PathVariable String workspace, @RequestBody ClassifierRequest request) {
        var scope = access.require(workspace, Role.ADMIN);
        var enabled = request.enabled() != null && request.enabled();
        return ClassifierResponse.of(classifiers.save(scope.id(), enabled, request.baseUrl(), request.model(), request.apiKey(),
                timeout(request.timeoutSeconds())));
    }

    static @Nullable Duration timeout(@Nullable Double seconds) {
        if (seconds == null) {
            return null;
        }
        if (!Double.isFinite(seconds) || seconds <= 0 || seconds > 30) {
            throw new InvalidClassifierSettings("The time-out must be between 0.1 and 30 seconds");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
