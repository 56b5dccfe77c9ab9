/**
 * Ideas: the public portal of a workspace at {@code /p/{workspace}}, where customers post ideas, problems,
 * questions and praise, vote, comment and follow; and the company's side of it: moderation, official
 * statuses and answers, merging duplicates, a ranking that weighs customer value and what support hears, and
 * links from cases and mentions to topics. Owns the idea_*, portal_user and portal_sign_in tables.
 *
 * <p>Portal customers are their own kind of account, signed in by e-mailed link and kept under their own
 * session key ({@link org.frontline.ideas.PortalSecurity}), so a customer session never opens an agent page.
 * Readers who are not signed in get no session and no cookie. Posts and cases of other modules are referred
 * to by id only.
 */
@NullMarked
package org.frontline.ideas;

import org.jspecify.annotations.NullMarked;
