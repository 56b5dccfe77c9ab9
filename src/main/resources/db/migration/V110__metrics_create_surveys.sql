-- metrics module: satisfaction surveys sent when a case is resolved, their answers, the customers dashboard's
-- rollup and the per-contact facts behind its attrition signals.

-- Which questions a workspace asks (comma-separated: csat, ces, nps); no row means the defaults.
create table metrics_survey_settings (
    workspace_id uuid        not null,
    enabled      boolean     not null,
    questions    varchar(32) not null,
    constraint metrics_survey_settings_pk primary key (workspace_id)
);

-- One survey per resolution of a case (a reopened and resolved again case gets a new one). The link carries
-- the id and expiry, signed; answered_at set once makes it single-use.
create table metrics_survey (
    id           uuid        not null,
    workspace_id uuid        not null,
    case_id      uuid        not null,
    resolved_at  timestamp with time zone not null,
    contact_id   uuid,
    agent_id     uuid,
    channel      varchar(16) not null,
    questions    varchar(32) not null,
    sent_by      varchar(16) not null,
    expires_at   timestamp with time zone not null,
    answered_at  timestamp with time zone,
    constraint metrics_survey_pk primary key (id),
    constraint metrics_survey_once unique (workspace_id, case_id, resolved_at)
);

create index metrics_survey_by_case on metrics_survey (workspace_id, case_id);

-- One score per question of an answered survey, tied to the case, agent and contact.
create table metrics_survey_answer (
    survey_id    uuid        not null,
    question     varchar(8)  not null,
    workspace_id uuid        not null,
    case_id      uuid        not null,
    contact_id   uuid,
    agent_id     uuid,
    score        integer     not null,
    answered_at  timestamp with time zone not null,
    constraint metrics_survey_answer_pk primary key (survey_id, question)
);

create index metrics_survey_answer_by_contact on metrics_survey_answer (workspace_id, contact_id);

-- Answers per hour, channel and question: the count, the sum of scores and the high (CSAT 4-5, CES 6-7,
-- NPS promoters 9-10) and low (CSAT 1-2, CES 1-3, NPS detractors 0-6) answers.
create table metrics_survey_hourly (
    workspace_id uuid        not null,
    bucket       timestamp with time zone not null,
    channel      varchar(16) not null,
    question     varchar(8)  not null,
    responses    bigint      not null,
    score_sum    bigint      not null,
    high         bigint      not null,
    low          bigint      not null,
    constraint metrics_survey_hourly_pk primary key (workspace_id, bucket, channel, question)
);

-- What a contact said, once per post: sentiment, whether it was a complaint, and the churn cue classification
-- found in it (null when none), for the attrition signals.
create table metrics_contact_post (
    workspace_id uuid             not null,
    post_id      uuid             not null,
    contact_id   uuid             not null,
    channel      varchar(16)      not null,
    written_at   timestamp with time zone not null,
    sentiment    double precision not null,
    complaint    boolean          not null,
    churn_cue    varchar(200),
    constraint metrics_contact_post_pk primary key (workspace_id, post_id)
);

create index metrics_contact_post_by_time on metrics_contact_post (workspace_id, written_at);
