-- replies module: answers to customers with their delivery state, and the team's canned responses.
create table reply (
    id           uuid primary key,
    workspace_id uuid           not null,
    case_id      uuid           not null,
    channel      varchar(32)    not null,
    author       varchar(200)   not null,
    text         varchar(40000) not null,
    state        varchar(24)    not null,
    created_at   timestamp with time zone not null
);

create index reply_by_case on reply (workspace_id, case_id, created_at);

create table canned_response (
    id           uuid primary key,
    workspace_id uuid          not null,
    name         varchar(200)  not null,
    body         varchar(8000) not null,
    created_at   timestamp with time zone not null,
    constraint canned_response_unique_name unique (workspace_id, name)
);
