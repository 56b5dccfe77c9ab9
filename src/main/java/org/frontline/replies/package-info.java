/**
 * Replies: answers to customers, canned responses with variables, and delivery state. A channel without a
 * sending adapter is answered elsewhere (by hand) and marked so, which still counts as the first response.
 * With approval required (off by default), agents' replies wait as drafts until an approver sends or rejects
 * them. Owns the reply, canned_response and reply_approval_setting tables.
 */
@NullMarked
package org.frontline.replies;

import org.jspecify.annotations.NullMarked;
