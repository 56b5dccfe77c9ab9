-- classify module: the signals of each mention, with the reason for each, and agents' corrections.
create table mention_signals (
    workspace_id        uuid             not null,
    post_id             uuid             not null,
    -- SHA-256 of channel and handle: enough to count an author's repeated complaints, without a copy of the handle.
    author_key          varchar(64)      not null,
    language            varchar(16)      not null,
    language_confidence double precision not null,
    language_reason     varchar(1000)    not null,
    sentiment           double precision not null,
    sentiment_reason    varchar(1000)    not null,
    intent              varchar(16)      not null,
    intent_confidence   double precision not null,
    intent_reason       varchar(1000)    not null,
    rudeness            double precision not null,
    rude                boolean          not null,
    rudeness_reason     varchar(1000)    not null,
    urgency             varchar(16)      not null,
    urgency_score       double precision not null,
    urgency_reason      varchar(1000)    not null,
    reach               varchar(16)      not null,
    followers           bigint,
    reach_reason        varchar(1000)    not null,
    classified_at       timestamp with time zone not null,
    constraint mention_signals_pk primary key (workspace_id, post_id)
);

create index mention_signals_by_author on mention_signals (workspace_id, author_key, classified_at);

-- What an agent said a signal should have been. The latest correction of a signal is what the case shows;
-- all of them feed the evaluation and retraining.
create table signal_correction (
    id              uuid          primary key,
    workspace_id    uuid          not null,
    post_id         uuid          not null,
    signal          varchar(16)   not null,
    previous_value  varchar(32)   not null,
    corrected_value varchar(32)   not null,
    corrected_by    varchar(320)  not null,
    corrected_at    timestamp with time zone not null
);

create index signal_correction_by_post on signal_correction (workspace_id, post_id, corrected_at);
