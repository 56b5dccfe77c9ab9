/**
 * The shell: security, layout, error rendering. Modules serve their own pages and API from their
 * {@code web} packages; this module gives them one look and one error format (RFC 9457 problem details).
 */
@NullMarked
package org.frontline.web;

import org.jspecify.annotations.NullMarked;
