-- ideas module: topics (idea, problem, question, praise), votes, comments, followers and status history.
create table idea_topic (
    id              uuid primary key,
    workspace_id    uuid          not null,
    number          integer       not null,
    kind            varchar(16)   not null,
    title           varchar(150)  not null,
    body            varchar(10000) not null,
    -- A customer's topic has author_id; a topic an agent created from a case has only the label.
    author_id       uuid,
    author_label    varchar(200)  not null,
    status          varchar(16)   not null,
    status_note     varchar(2000),
    status_changed_at timestamp with time zone,
    official_answer varchar(10000),
    answered_at     timestamp with time zone,
    tags            varchar(400)  not null,
    -- visible, held (spam score too high: waits for a moderator) or hidden (a moderator removed it).
    visibility      varchar(16)   not null,
    spam_score      double precision not null,
    spam_reasons    varchar(1000) not null,
    -- Rude posts are flagged for a look, never removed automatically.
    rude            boolean       not null,
    rude_reason     varchar(1000),
    merged_into     uuid,
    vote_count      integer       not null,
    comment_count   integer       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint idea_topic_unique_number unique (workspace_id, number)
);

create index idea_topic_by_votes on idea_topic (workspace_id, vote_count desc);
create index idea_topic_by_time on idea_topic (workspace_id, created_at desc);

create table idea_vote (
    topic_id     uuid not null references idea_topic (id) on delete cascade,
    user_id      uuid not null,
    workspace_id uuid not null,
    created_at   timestamp with time zone not null,
    primary key (topic_id, user_id)
);

create index idea_vote_by_user on idea_vote (workspace_id, user_id);
create index idea_vote_by_time on idea_vote (workspace_id, created_at);

create table idea_comment (
    id           uuid primary key,
    workspace_id uuid          not null,
    topic_id     uuid          not null references idea_topic (id) on delete cascade,
    author_id    uuid,
    author_label varchar(200)  not null,
    from_company boolean       not null,
    body         varchar(5000) not null,
    hidden       boolean       not null,
    rude         boolean       not null,
    created_at   timestamp with time zone not null
);

create index idea_comment_by_topic on idea_comment (topic_id, created_at);

create table idea_follow (
    topic_id     uuid not null references idea_topic (id) on delete cascade,
    user_id      uuid not null,
    workspace_id uuid not null,
    created_at   timestamp with time zone not null,
    primary key (topic_id, user_id)
);

create table idea_status_change (
    id           uuid primary key,
    workspace_id uuid         not null,
    topic_id     uuid         not null references idea_topic (id) on delete cascade,
    from_status  varchar(16)  not null,
    to_status    varchar(16)  not null,
    note         varchar(2000),
    changed_by   varchar(320) not null,
    changed_at   timestamp with time zone not null
);

create index idea_status_change_by_topic on idea_status_change (topic_id, changed_at);
