/**
 * The portal's pages, feeds and stylesheet under {@code /p/{workspace}} (public), the company's moderation
 * pages under {@code /w/{workspace}/ideas} and the API under {@code /api/v1/workspaces/{workspace}/ideas}.
 */
@NullMarked
package org.frontline.ideas.web;

import org.jspecify.annotations.NullMarked;
