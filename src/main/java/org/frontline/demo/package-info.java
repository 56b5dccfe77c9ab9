/**
 * The demo workspace: on first start, creates {@code acme} with an admin, tracking queries and a default
 * team, then replays a bundled sample stream so the inbox fills in front of a new user. Uses only the
 * public APIs of the other modules, like any client would.
 */
@NullMarked
package org.frontline.demo;

import org.jspecify.annotations.NullMarked;
