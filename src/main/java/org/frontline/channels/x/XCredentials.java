package org.frontline.channels.x;

import tools.jackson.databind.json.JsonMapper;

/**
 * What is sealed for an X connection: the app's bearer token (filtered stream and rules), the user's OAuth 2.0 access
 * token (mentions and replies) and the access level. Never logged; {@link #toString()} hides the tokens.
 */
record XCredentials(String bearerToken, String userToken, XTier tier) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.createObjectNode().put("bearer", bearerToken).put("user", userToken).put("tier", tier.name()).toString();
    }

    static XCredentials fromJson(String json) {
        var node = JSON.readTree(json);
        return new XCredentials(node.path("bearer").asString(""), node.path("user").asString(""), XTier.valueOf(node.path("tier").asString("BASIC")));
    }

    @Override
    public String toString() {
        return "XCredentials[tier=" + tier + "]";
    }
}
