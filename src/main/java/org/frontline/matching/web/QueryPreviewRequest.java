package org.frontline.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A query to try out before saving it. */
record QueryPreviewRequest(@NotBlank @Size(max = 4096) @Nullable String query) {}
