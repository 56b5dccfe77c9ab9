package org.frontline.replies;

import java.util.UUID;

/** A saved answer with {@code {{contact.name}}}-style variables. */
public record CannedResponse(UUID id, String name, String body) {}
