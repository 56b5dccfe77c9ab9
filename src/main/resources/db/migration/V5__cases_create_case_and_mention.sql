-- cases module: the unit of work for an agent, and the mentions it groups.
create table support_case (
    id           uuid primary key,
    workspace_id uuid         not null,
    status       varchar(16)  not null,
    priority     varchar(16)  not null,
    team_id      uuid,
    routing_note varchar(2000),
    subject      varchar(300) not null,
    -- The post whose mention opened the case: what the inbox shows for it.
    first_post_id uuid        not null,
    opened_at    timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create index support_case_inbox on support_case (workspace_id, opened_at desc, id);

-- One mention per post and workspace: the unique key makes replayed events harmless.
create table mention (
    id           uuid primary key,
    workspace_id uuid not null,
    post_id      uuid not null,
    case_id      uuid not null references support_case (id) on delete cascade,
    matched_at   timestamp with time zone not null,
    constraint mention_unique_post unique (workspace_id, post_id)
);

create index mention_by_case on mention (case_id);

-- Which tracking queries matched, and where in the original text ("start-end" pairs, comma separated).
create table mention_match (
    mention_id uuid          not null references mention (id) on delete cascade,
    query_id   uuid          not null,
    spans      varchar(8000) not null,
    primary key (mention_id, query_id)
);
