/**
 * Cases: mentions (a post that matched in a workspace), and the case that groups them as one customer's
 * issue, with status, priority and team. Owns the support_case, mention and mention_match tables. Opening a
 * case is idempotent: a replayed {@code MentionClassified} finds its mention and does nothing.
 */
@NullMarked
package org.frontline.cases;

import org.jspecify.annotations.NullMarked;
