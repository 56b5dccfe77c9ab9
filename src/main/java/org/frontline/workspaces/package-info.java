/**
 * Workspaces: the tenant boundary, the people who work in it, their roles, and machine access by API
 * token. Owns the workspace, app_user, membership and api_token tables. Never hands out a workspace the
 * caller was not granted: a foreign workspace looks exactly like a missing one.
 */
@NullMarked
package org.frontline.workspaces;

import org.jspecify.annotations.NullMarked;
