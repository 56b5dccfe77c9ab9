-- replies module: the optional approval step. While a workspace requires approval, an agent's reply is stored
-- as a draft (state AWAITING_APPROVAL) until an approver sends it (then QUEUED or ANSWERED_ELSEWHERE as usual)
-- or rejects it (REJECTED, with the reason the drafting agent sees).
alter table reply add column reviewed_by varchar(200);
alter table reply add column reviewed_at timestamp with time zone;
alter table reply add column rejection_reason varchar(2000);

create index reply_by_workspace_state on reply (workspace_id, state, created_at);

create table reply_approval_setting (
    workspace_id uuid primary key,
    required     boolean      not null,
    updated_by   varchar(200) not null,
    updated_at   timestamp with time zone not null
);
