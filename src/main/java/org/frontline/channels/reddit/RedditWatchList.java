package org.frontline.channels.reddit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontline.channels.internal.SourceRefused;
import org.frontline.channels.social.SocialConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a Reddit connection reads besides search: the subreddits the workspace named (read in full), and the
 * threads of submissions search found (read back for replies for two days after they were found).
 */
@Component
class RedditWatchList {

    static final int MAX_SUBREDDITS = 10;
    static final Duration WATCH_THREADS_FOR = Duration.ofDays(2);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{1,20}");

    private final JdbcClient jdbc;
    private final Clock clock;

    RedditWatchList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Reads "r/acme, acmehelp" into subreddit names.
     *
     * @throws SourceRefused naming the first entry that is not a subreddit name, or when there are too many
     */
    static List<String> parse(String text) {
        var names = new LinkedHashSet<String>();
        for (var part : text.split("[\\s,]+")) {
            var name = part.strip().replaceFirst("^/?[rR]/", "");
            if (name.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(name).matches()) {
                throw new SourceRefused("'" + (part.length() > 40 ? part.substring(0, 40) : part) + "' is not a subreddit name");
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        if (names.size() > MAX_SUBREDDITS) {
            throw new SourceRefused("At most " + MAX_SUBREDDITS + " subreddits per connection (each costs two requests a minute)");
        }
        return List.copyOf(names);
    }

    List<String> subreddits(SocialConnection connection) {
        return jdbc.sql("select name from reddit_subreddit where connection_id = ? order by name").param(connection.id()).query(String.class).list();
    }

    void replaceSubreddits(SocialConnection connection, List<String> names) {
        jdbc.sql("delete from reddit_subreddit where connection_id = ?").param(connection.id()).update();
        for (var name : names) {
            jdbc.sql("insert into reddit_subreddit (connection_id, name) values (?, ?)").params(connection.id(), name).update();
        }
    }

    /** Starts watching a submission's thread; one already watched keeps its window. */
    void watch(SocialConnection connection, String submission) {
        var known = jdbc.sql("select count(*) from reddit_thread where connection_id = ? and fullname = ?")
                .params(connection.id(), submission)
                .query(Long.class)
                .single();
        if (known == 0) {
            jdbc.sql("insert into reddit_thread (connection_id, fullname, watch_until) values (?, ?, ?)")
                    .params(connection.id(), submission, now().plus(WATCH_THREADS_FOR))
                    .update();
        }
    }

    /** Up to {@code max} watched threads, the longest unread first; forgets those whose window closed. */
    List<String> threadsDue(SocialConnection connection, int max) {
        jdbc.sql("delete from reddit_thread where connection_id = ? and watch_until < ?").params(connection.id(), now()).update();
        var due = jdbc.sql("select fullname from reddit_thread where connection_id = ? order by last_polled_at nulls first, fullname")
                .param(connection.id())
                .query(String.class)
                .list();
        return new ArrayList<>(due.subList(0, Math.min(max, due.size())));
    }

    void forget(SocialConnection connection, String submission) {
        jdbc.sql("delete from reddit_thread where connection_id = ? and fullname = ?").params(connection.id(), submission).update();
    }

    void threadRead(SocialConnection connection, String submission) {
        jdbc.sql("update reddit_thread set last_polled_at = ? where connection_id = ? and fullname = ?")
                .params(now(), connection.id(), submission)
                .update();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
