-- cases module: who works on a case, and its tags (comma separated, lower case).
alter table support_case add column assignee_agent_id uuid;
alter table support_case add column tags varchar(2000) default '' not null;

create index support_case_open_by_assignee on support_case (workspace_id, assignee_agent_id, status);
