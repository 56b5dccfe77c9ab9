package org.frontline.workspaces.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new API token: a name people recognise and the role it carries (agent when not given). */
record TokenRequest(
        @NotBlank @Size(max = 200) @Nullable String name,
        @Pattern(regexp = "admin|agent|viewer", message = "must be one of admin, agent, viewer") @Nullable String role) {}
