-- ideas module: mentions (posts) and cases linked to a topic by agents, and the answers that close the loop.
-- Posts and cases belong to other modules: only their ids are kept here.
create table idea_link (
    workspace_id uuid         not null,
    topic_id     uuid         not null references idea_topic (id) on delete cascade,
    post_id      uuid         not null,
    case_id      uuid,
    linked_by    varchar(320) not null,
    linked_at    timestamp with time zone not null,
    -- One topic per mention: linking it elsewhere moves it.
    primary key (workspace_id, post_id)
);

create index idea_link_by_topic on idea_link (topic_id);

-- Answers to the authors of linked mentions, on their own channel. Delivery belongs to the replies module:
-- until it exists these wait here as pending_delivery.
create table idea_loop_reply (
    id           uuid primary key,
    workspace_id uuid          not null,
    topic_id     uuid          not null references idea_topic (id) on delete cascade,
    post_id      uuid          not null,
    channel      varchar(16)   not null,
    author       varchar(200)  not null,
    body         varchar(2000) not null,
    status       varchar(24)   not null,
    created_by   varchar(320)  not null,
    created_at   timestamp with time zone not null,
    constraint idea_loop_reply_once unique (topic_id, post_id)
);
