-- replies module: replies that go out through a channel's sender carry their delivery progress.
alter table reply add column target_post_id uuid;
alter table reply add column attempts integer default 0 not null;
alter table reply add column next_attempt_at timestamp with time zone;
alter table reply add column external_id varchar(500);
alter table reply add column last_error varchar(1000);

create index reply_due on reply (state, next_attempt_at);

-- The post a case answers: the customer's latest post on its thread, kept from CaseOpened / CustomerWroteAgain.
create table reply_target (
    workspace_id uuid not null,
    case_id      uuid not null,
    post_id      uuid not null,
    updated_at   timestamp with time zone not null,
    primary key (workspace_id, case_id)
);
