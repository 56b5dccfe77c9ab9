/**
 * Routing: teams and the router that decides which team (and later which agent) takes a case, and why.
 * Owns the team table. Every decision comes with a sentence a person can read.
 */
@NullMarked
package org.frontline.routing;

import org.jspecify.annotations.NullMarked;
