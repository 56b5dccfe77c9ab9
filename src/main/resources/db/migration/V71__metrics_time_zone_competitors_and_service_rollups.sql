-- Dashboards, second part: the workspace's time zone, competitor queries for share of voice, a language
-- dimension on the listening rollups, term/hashtag and author rollups, and the service rollups (resolution,
-- SLA outcomes, workload, case volume) with team, priority and language. All rollups stay in UTC hours.

alter table workspace add column time_zone varchar(64) default 'UTC' not null;

alter table tracking_query add column competitor boolean default false not null;

alter table metrics_mention_fact add column lang varchar(16) default 'und' not null;

alter table metrics_mention_hourly add column lang varchar(16) default 'und' not null;
alter table metrics_mention_hourly drop constraint metrics_mention_hourly_pk;
alter table metrics_mention_hourly add constraint metrics_mention_hourly_pk
    primary key (workspace_id, bucket, channel, query_id, lang);

alter table metrics_signal_hourly add column lang varchar(16) default 'und' not null;
alter table metrics_signal_hourly drop constraint metrics_signal_hourly_pk;
alter table metrics_signal_hourly add constraint metrics_signal_hourly_pk
    primary key (workspace_id, bucket, channel, query_id, lang, intent);

-- Terms (kind 'term') and hashtags (kind 'tag') of mentions per hour, counted once per mention.
create table metrics_term_hourly (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    query_id     uuid        not null,
    lang         varchar(16) not null,
    kind         varchar(4)  not null,
    term         varchar(64) not null,
    mentions     bigint      not null,
    constraint metrics_term_hourly_pk primary key (workspace_id, bucket, channel, query_id, lang, kind, term)
);

-- Classified mentions per author and hour with the positive and negative counts: advocates and detractors.
create table metrics_author_hourly (
    workspace_id uuid         not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16)  not null,
    query_id     uuid         not null,
    lang         varchar(16)  not null,
    handle       varchar(200) not null,
    label        varchar(200) not null,
    mentions     bigint       not null,
    positive     bigint       not null,
    negative     bigint       not null,
    constraint metrics_author_hourly_pk primary key (workspace_id, bucket, channel, query_id, lang, handle)
);

-- The case's current dimensions, so later events (assignment, status) move the right rollup rows.
-- The zero uuid stands for "no team" and "no agent".
alter table metrics_case_fact add column team_id uuid default '00000000-0000-0000-0000-000000000000' not null;
alter table metrics_case_fact add column agent_id uuid default '00000000-0000-0000-0000-000000000000' not null;
alter table metrics_case_fact add column priority varchar(8) default 'normal' not null;
alter table metrics_case_fact add column lang varchar(16) default 'und' not null;
alter table metrics_case_fact add column active boolean default true not null;

alter table metrics_first_response add column team_id uuid default '00000000-0000-0000-0000-000000000000' not null;
alter table metrics_first_response add column lang varchar(16) default 'und' not null;

-- The first resolution of a case, once.
create table metrics_resolution (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    resolved_at  timestamp with time zone not null,
    seconds      bigint      not null,
    constraint metrics_resolution_pk primary key (workspace_id, case_id)
);

create index metrics_resolution_by_time on metrics_resolution (workspace_id, resolved_at);

-- Whether a case met or breached a target (first response, resolution), once per case and target.
create table metrics_sla_outcome (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    kind         varchar(16) not null,
    met          boolean     not null,
    decided_at   timestamp with time zone not null,
    constraint metrics_sla_outcome_pk primary key (workspace_id, case_id, kind)
);

create table metrics_sla_hourly (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    priority     varchar(8)  not null,
    kind         varchar(16) not null,
    met          bigint      not null,
    breached     bigint      not null,
    constraint metrics_sla_hourly_pk primary key (workspace_id, bucket, channel, team_id, lang, priority, kind)
);

-- Active cases entering (+1) and leaving (-1) a team and agent per hour; running sums are the workload.
create table metrics_workload_delta (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    agent_id     uuid        not null,
    lang         varchar(16) not null,
    delta        bigint      not null,
    constraint metrics_workload_delta_pk primary key (workspace_id, bucket, channel, team_id, agent_id, lang)
);

-- Cases opened per hour: volume by hour of day and weekday, re-bucketed into a time zone when read.
create table metrics_case_hourly (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    opened       bigint      not null,
    constraint metrics_case_hourly_pk primary key (workspace_id, bucket, channel, team_id, lang)
);

-- Who receives the weekly summary, and which weeks were sent (so a restart never sends one twice).
create table metrics_report_recipient (
    workspace_id uuid         not null,
    email        varchar(320) not null,
    constraint metrics_report_recipient_pk primary key (workspace_id, email)
);

create table metrics_report_sent (
    workspace_id uuid not null,
    week_start   date not null,
    sent_at      timestamp with time zone not null,
    constraint metrics_report_sent_pk primary key (workspace_id, week_start)
);

alter table metrics_backlog_delta add column team_id uuid default '00000000-0000-0000-0000-000000000000' not null;
alter table metrics_backlog_delta add column lang varchar(16) default 'und' not null;
alter table metrics_backlog_delta drop constraint metrics_backlog_delta_pk;
alter table metrics_backlog_delta add constraint metrics_backlog_delta_pk
    primary key (workspace_id, bucket, channel, team_id, lang, status);

-- Which queries a mention matched, so a figure can list the mentions behind it.
create table metrics_mention_query (
    workspace_id uuid not null,
    post_id      uuid not null,
    query_id     uuid not null,
    constraint metrics_mention_query_pk primary key (workspace_id, post_id, query_id)
);

create index metrics_mention_fact_by_time on metrics_mention_fact (workspace_id, occurred_at);
create index metrics_case_fact_by_time on metrics_case_fact (workspace_id, opened_at);
