/**
 * Classify: attaches signals to every mention (language, intent, sentiment, rudeness, urgency, reach), each
 * with the reason that decided it, and learns from agents' corrections. Listens to
 * {@link org.frontline.matching.MentionMatched}, stores the signals in its own tables and announces
 * {@link org.frontline.classify.MentionClassified}. Post text is read through {@code ingest}'s public API and
 * never copied here. Rudeness is a signal to show, never a reason to lower a case's priority.
 */
@NullMarked
package org.frontline.classify;

import org.jspecify.annotations.NullMarked;
