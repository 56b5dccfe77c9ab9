-- metrics module: facts keyed by the events' natural ids (so a replayed event changes nothing) and hourly
-- rollups (UTC hours) that are incremented only when a fact is new. Dashboards read the rollups; the facts
-- hold what a rollup cannot answer exactly (first response percentiles).

-- A mention, once: guards the volume rollup.
create table metrics_mention_fact (
    workspace_id uuid        not null,
    post_id      uuid        not null,
    channel      varchar(16) not null,
    occurred_at  timestamp with time zone not null,
    constraint metrics_mention_fact_pk primary key (workspace_id, post_id)
);

-- A mention's signals, once: guards the signal rollup.
create table metrics_signal_fact (
    workspace_id uuid             not null,
    post_id      uuid             not null,
    intent       varchar(16)      not null,
    sentiment    double precision not null,
    constraint metrics_signal_fact_pk primary key (workspace_id, post_id)
);

-- Mentions per hour, channel and tracking query; query_id 00000000-0000-0000-0000-000000000000 counts each
-- mention once whatever the queries it matched.
create table metrics_mention_hourly (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    query_id     uuid        not null,
    mentions     bigint      not null,
    constraint metrics_mention_hourly_pk primary key (workspace_id, bucket, channel, query_id)
);

-- Classified mentions per hour, channel, query (same convention) and intent, with the sentiment sum and the
-- negative and positive counts for the trend.
create table metrics_signal_hourly (
    workspace_id  uuid             not null,
    bucket        timestamp with time zone not null,
    channel       varchar(16)      not null,
    query_id      uuid             not null,
    intent        varchar(16)      not null,
    mentions      bigint           not null,
    sentiment_sum double precision not null,
    negative      bigint           not null,
    positive      bigint           not null,
    constraint metrics_signal_hourly_pk primary key (workspace_id, bucket, channel, query_id, intent)
);

-- A case as opened, once.
create table metrics_case_fact (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    post_id      uuid        not null,
    channel      varchar(16) not null,
    opened_at    timestamp with time zone not null,
    constraint metrics_case_fact_pk primary key (workspace_id, case_id)
);

-- A status change, once (a case cannot change to the same status twice at the same instant).
create table metrics_case_transition (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    changed_at   timestamp with time zone not null,
    to_status    varchar(16) not null,
    from_status  varchar(16) not null,
    constraint metrics_case_transition_pk primary key (workspace_id, case_id, changed_at, to_status)
);

-- Cases entering (+1) and leaving (-1) each status per hour; the running sum is the backlog by status.
create table metrics_backlog_delta (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    status       varchar(16) not null,
    delta        bigint      not null,
    constraint metrics_backlog_delta_pk primary key (workspace_id, bucket, channel, status)
);

-- The first response of a case, once.
create table metrics_first_response (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    channel      varchar(16) not null,
    responded_at timestamp with time zone not null,
    seconds      bigint      not null,
    constraint metrics_first_response_pk primary key (workspace_id, case_id)
);

create index metrics_first_response_by_time on metrics_first_response (workspace_id, responded_at);
