package org.frontline.cases;

import org.frontline.routing.AgentId;
import org.frontline.routing.Priority;
import org.frontline.routing.TeamId;
import org.jspecify.annotations.Nullable;

/** Where a case sits now, for read models: its priority, team (null: none) and assignee (null: queued). */
public record CaseRoutingView(Priority priority, @Nullable TeamId team, @Nullable AgentId assignee) {}
