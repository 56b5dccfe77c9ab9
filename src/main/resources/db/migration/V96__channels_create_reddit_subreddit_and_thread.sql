-- channels module: the subreddits a Reddit connection reads in full (new submissions and new comments).
create table reddit_subreddit (
    connection_id uuid        not null references social_connection (id) on delete cascade,
    name          varchar(21) not null,
    primary key (connection_id, name)
);

-- Threads of submissions found by search, read back for new replies until watch_until (most rested first).
create table reddit_thread (
    connection_id  uuid        not null references social_connection (id) on delete cascade,
    fullname       varchar(20) not null,
    watch_until    timestamp with time zone not null,
    last_polled_at timestamp with time zone,
    primary key (connection_id, fullname)
);
