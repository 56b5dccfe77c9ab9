/** Pieces every channel uses: settings, the SSRF-safe HTTP fetcher, safe text, per-source health. */
@NullMarked
package org.frontline.channels.internal;

import org.jspecify.annotations.NullMarked;
