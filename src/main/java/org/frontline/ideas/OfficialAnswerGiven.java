package org.frontline.ideas;

import org.frontline.shared.WorkspaceId;

/** The company pinned (or replaced) the official answer of a topic. Carries ids only. */
public record OfficialAnswerGiven(WorkspaceId workspace, TopicId topic) {}
