package org.frontline.metrics.surveys;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Survey settings. {@code signingKey} (base64, at least 32 bytes) signs the links; when it is not set a random
 * key is created once in {@code keyFile}, so links stay valid across restarts. Links point at {@code publicUrl}. {@code defaultQuestions} apply to
 * workspaces that chose none; links expire after {@code validFor}.
 */
@Validated
@ConfigurationProperties("frontline.surveys")
public record SurveyProperties(
        @Nullable String signingKey,
        @DefaultValue("./data/survey-signing.key") String keyFile,
        @DefaultValue("P14D") Duration validFor,
        @DefaultValue({"csat", "nps"}) List<String> defaultQuestions,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("no-reply@localhost") String mailFrom) {}
