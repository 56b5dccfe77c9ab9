package org.frontline.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A tracking query as a client writes it. */
record TrackingQueryRequest(
        @NotBlank @Size(max = 200) @Nullable String name, @NotBlank @Size(max = 4096) @Nullable String query) {}
