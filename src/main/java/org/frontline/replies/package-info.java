/**
 * Replies: answers to customers, canned responses with variables, and delivery state. A channel without a
 * sending adapter is answered elsewhere (by hand) and marked so, which still counts as the first response.
 * Owns the reply and canned_response tables.
 */
@NullMarked
package org.frontline.replies;

import org.jspecify.annotations.NullMarked;
