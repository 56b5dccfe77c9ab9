-- cases module: the inbox filtered on one team counts its cases (and the queue pickup finds the oldest waiting
-- ones) within that team's rows instead of every active case of the workspace.
create index support_case_by_team on support_case (workspace_id, team_id, status, opened_at);
