package org.frontline.classify.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import org.frontline.shared.OutboundAddresses;
import org.frontline.shared.SecretSealing;
import org.frontline.classify.ExternalClassifierSettings;
import org.frontline.classify.InvalidClassifierSettings;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a workspace's external classifier settings; the API key is sealed before it is stored. */
@Service
public class ExternalClassifiers {

    private static final int MAX_URL = 2000;
    private static final int MAX_MODEL = 200;
    private static final int MAX_KEY = 1000;

    private final ExternalClassifierRepository repository;
    private final SecretSealing secrets;
    private final Clock clock;

    ExternalClassifiers(ExternalClassifierRepository repository, SecretSealing secrets, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.clock = clock;
    }

    public ExternalClassifierSettings settings(WorkspaceId workspace) {
        return repository.find(workspace)
                .map(row -> new ExternalClassifierSettings(row.enabled(), row.baseUrl(), row.model(), row.apiKeySealed() != null, row.timeout()))
                .orElseGet(ExternalClassifierSettings::off);
    }

    /**
     * @param apiKey the new key; null keeps the stored one, blank removes it
     * @param timeout null for the default (3 s)
     * @throws InvalidClassifierSettings with a reason fit to show the admin
     */
    @Transactional
    public ExternalClassifierSettings save(WorkspaceId workspace, boolean enabled, @Nullable String baseUrl, @Nullable String model,
            @Nullable String apiKey, @Nullable Duration timeout) {
        var url = baseUrl == null ? "" : baseUrl.strip();
        var name = model == null ? "" : model.strip();
        if (enabled || !url.isEmpty()) {
            checkUrl(url);
        }
        if (enabled && name.isEmpty()) {
            throw new InvalidClassifierSettings("A model name is required to turn the external classifier on");
        }
        if (name.length() > MAX_MODEL) {
            throw new InvalidClassifierSettings("The model name is longer than " + MAX_MODEL + " characters");
        }
        var wait = timeout == null ? ExternalClassifierSettings.DEFAULT_TIMEOUT : timeout;
        if (wait.compareTo(ExternalClassifierSettings.MIN_TIMEOUT) < 0 || wait.compareTo(ExternalClassifierSettings.MAX_TIMEOUT) > 0) {
            throw new InvalidClassifierSettings("The time-out must be between 0.1 and 30 seconds");
        }
        var sealed = sealedKey(workspace, apiKey);
        repository.save(workspace, new ExternalClassifierRepository.Row(enabled, url, name, sealed, wait), clock.instant());
        return settings(workspace);
    }

    /** The stored row with its API key opened, for the one caller that sends it; empty when off. */
    java.util.Optional<Endpoint> endpoint(WorkspaceId workspace) {
        return repository.find(workspace).filter(ExternalClassifierRepository.Row::enabled).map(row -> new Endpoint(
                URI.create(row.baseUrl()), row.model(),
                row.apiKeySealed() == null ? null : secrets.open(row.apiKeySealed(), context(workspace)).orElse(null),
                row.apiKeySealed() != null, row.timeout()));
    }

    /** Where to send a post; {@code apiKey} is null when none is stored or the stored one no longer opens. */
    record Endpoint(URI baseUrl, String model, @Nullable String apiKey, boolean apiKeyStored, Duration timeout) {}

    private @Nullable String sealedKey(WorkspaceId workspace, @Nullable String apiKey) {
        if (apiKey == null) {
            return repository.find(workspace).map(ExternalClassifierRepository.Row::apiKeySealed).orElse(null);
        }
        if (apiKey.isBlank()) {
            return null;
        }
        if (apiKey.length() > MAX_KEY || apiKey.strip().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidClassifierSettings("The API key must be printable ASCII without spaces, at most " + MAX_KEY + " characters");
        }
        return secrets.seal(apiKey.strip(), context(workspace));
    }

    private static void checkUrl(String url) {
        if (url.length() > MAX_URL) {
            throw new InvalidClassifierSettings("The base URL is longer than " + MAX_URL + " characters");
        }
        try {
            var uri = new URI(url);
            var problem = OutboundAddresses.malformed(uri);
            if (problem.isPresent()) {
                throw new InvalidClassifierSettings(problem.get());
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new InvalidClassifierSettings("The base URL takes no query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new InvalidClassifierSettings("The base URL is not a valid URL");
        }
    }

    static String context(WorkspaceId workspace) {
        return "classifier:" + workspace.value();
    }
}
