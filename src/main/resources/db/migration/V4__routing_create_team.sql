-- routing module: who answers.
create table team (
    id           uuid primary key,
    workspace_id uuid         not null,
    name         varchar(200) not null,
    is_default   boolean      not null,
    created_at   timestamp with time zone not null,
    constraint team_unique_name unique (workspace_id, name)
);
