package org.frontline.workspaces;

import java.util.UUID;

/** A freshly issued API token. The plain value exists only here: it is stored hashed and never shown again. */
public record IssuedToken(UUID id, String plainToken) {}
