/**
 * Native filters: what a network can be asked for so that it sends (at least) the posts a tracking query matches.
 * Compiled from the parsed {@link org.frontline.matching.query.Query}, never from its text. A native filter is only
 * ever a prefilter: the exact match always happens in Frontline's matcher. Where a network cannot express part of a
 * query, that part is widened (left out, or replaced by a weaker condition) so the network sends more, never less,
 * and the reason is written down for the query page.
 */
@NullMarked
package org.frontline.matching.filters;

import org.jspecify.annotations.NullMarked;
