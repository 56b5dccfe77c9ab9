-- Dashboards at scale: daily rollups next to the hourly ones. A daily row's bucket is the instant a local day
-- begins in the workspace's zone as recorded in metrics_daily_zone (a local day is not a UTC day: 23, 24 or 25
-- hours, and it may begin on a half hour). Listeners add to the hourly row and to the daily row of the event's
-- exact instant; dashboards read daily rows for whole local days and hourly rows for the rest. V126 fills these
-- tables from the hourly rows already stored.

-- The zone the workspace's daily rows are kept in; a zone change rebuilds them from the hourly rows.
create table metrics_daily_zone (
    workspace_id uuid        not null,
    zone         varchar(64) not null,
    constraint metrics_daily_zone_pk primary key (workspace_id)
);

create table metrics_mention_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    query_id     uuid        not null,
    lang         varchar(16) not null,
    mentions     bigint      not null,
    constraint metrics_mention_daily_pk primary key (workspace_id, bucket, channel, query_id, lang)
);

create table metrics_signal_daily (
    workspace_id  uuid             not null,
    bucket        timestamp with time zone not null,
    channel       varchar(16)      not null,
    query_id      uuid             not null,
    lang          varchar(16)      not null,
    intent        varchar(16)      not null,
    mentions      bigint           not null,
    sentiment_sum double precision not null,
    negative      bigint           not null,
    positive      bigint           not null,
    constraint metrics_signal_daily_pk primary key (workspace_id, bucket, channel, query_id, lang, intent)
);

create table metrics_term_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    query_id     uuid        not null,
    lang         varchar(16) not null,
    kind         varchar(4)  not null,
    term         varchar(64) not null,
    mentions     bigint      not null,
    constraint metrics_term_daily_pk primary key (workspace_id, bucket, channel, query_id, lang, kind, term)
);

create table metrics_author_daily (
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
    constraint metrics_author_daily_pk primary key (workspace_id, bucket, channel, query_id, lang, handle)
);

create table metrics_backlog_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    status       varchar(16) not null,
    delta        bigint      not null,
    constraint metrics_backlog_daily_pk primary key (workspace_id, bucket, channel, team_id, lang, status)
);

create table metrics_workload_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    agent_id     uuid        not null,
    lang         varchar(16) not null,
    delta        bigint      not null,
    constraint metrics_workload_daily_pk primary key (workspace_id, bucket, channel, team_id, agent_id, lang)
);

create table metrics_sla_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    priority     varchar(8)  not null,
    kind         varchar(16) not null,
    met          bigint      not null,
    breached     bigint      not null,
    constraint metrics_sla_daily_pk primary key (workspace_id, bucket, channel, team_id, lang, priority, kind)
);

create table metrics_survey_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    question     varchar(8)  not null,
    responses    bigint      not null,
    score_sum    bigint      not null,
    high         bigint      not null,
    low          bigint      not null,
    constraint metrics_survey_daily_pk primary key (workspace_id, bucket, channel, question)
);

-- First response and resolution times per local day as a histogram (DurationBins: about 8 bins per doubling,
-- never straddling a band of the distribution chart), with the smallest and largest time seen in each bin, so
-- that percentiles and bands need no per-case rows.
create table metrics_duration_daily (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    team_id      uuid        not null,
    lang         varchar(16) not null,
    kind         varchar(16) not null,
    bin          integer     not null,
    cases        bigint      not null,
    min_seconds  bigint      not null,
    max_seconds  bigint      not null,
    constraint metrics_duration_daily_pk primary key (workspace_id, bucket, channel, team_id, lang, kind, bin)
);

-- The attrition list walks a contact's own posts.
create index metrics_contact_post_by_contact on metrics_contact_post (workspace_id, contact_id, written_at);

-- Listening figures read one query's rows (the "any query" row unless one is chosen) over a range of days.
create index metrics_mention_daily_by_query on metrics_mention_daily (workspace_id, query_id, bucket);
create index metrics_signal_daily_by_query on metrics_signal_daily (workspace_id, query_id, bucket);
create index metrics_term_daily_by_query on metrics_term_daily (workspace_id, query_id, kind, bucket);
create index metrics_author_daily_by_query on metrics_author_daily (workspace_id, query_id, bucket);
