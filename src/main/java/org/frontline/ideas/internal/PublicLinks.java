package org.frontline.ideas.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses for mail and feeds. They come from configuration, never from the request's Host
 * header: a forged Host would otherwise put a stranger's server into the sign-in link a customer receives.
 */
@Component
public class PublicLinks {

    private final IdeasProperties properties;
    private final Environment environment;

    PublicLinks(IdeasProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String base() {
        var configured = properties.baseUrl().strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    public String portal(String slug) {
        return base() + "/p/" + slug;
    }

    public String topic(String slug, int number) {
        return portal(slug) + "/t/" + number;
    }
}
