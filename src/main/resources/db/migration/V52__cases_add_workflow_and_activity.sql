-- cases module: when a case was first answered and resolved, and its activity timeline (notes, status
-- changes, assignments, replies) in the order it happened.
alter table support_case add column first_response_at timestamp with time zone;
alter table support_case add column resolved_at timestamp with time zone;

create table case_activity (
    id           uuid primary key,
    workspace_id uuid          not null,
    case_id      uuid          not null references support_case (id) on delete cascade,
    kind         varchar(16)   not null,
    actor        varchar(200)  not null,
    text         varchar(20000) not null,
    at           timestamp with time zone not null
);

create index case_activity_by_case on case_activity (case_id, at);

-- The author of the post that opened the case ("channel:handle"): a follow-up of the same author on the same
-- channel soon after joins the case instead of opening another.
alter table support_case add column contact_key varchar(400);
-- The language to answer in, as routing saw it: a queued case waits for an agent who writes it.
alter table support_case add column language varchar(16);
-- What the inbox filters on, copied from the mention that opened the case (its channel and signals).
alter table support_case add column channel varchar(32);
alter table support_case add column intent varchar(16);
alter table support_case add column sentiment double precision;
create index support_case_filter on support_case (workspace_id, status, opened_at);
create index support_case_by_contact on support_case (workspace_id, contact_key, updated_at);
