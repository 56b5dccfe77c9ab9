package org.frontline.channels.importer;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.frontline.channels.internal.ChannelsProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets the embedded H2 database of the import command keep commits for up to a second before writing them, instead
 * of writing a chunk to the file on every commit (the server's {@code WRITE_DELAY=0}). Every post's event listeners
 * commit on their own, so per-commit writes dominate a backfill and grow the file by gigabytes.
 *
 * <p>Safe for the command, which has the database file to itself: a crash loses at most the last second of commits,
 * and only as a whole (H2 stores versions in commit order), so the import job's progress still matches the posts
 * stored with it and the resumed run repeats exactly the lost lines; lost listener work goes with its event
 * publication's completion and is delivered again. H2 does not keep the setting in the file: the next start, the
 * server's included, opens with the setting of its own URL. Other databases are left as they are.
 */
@Component
class CommandWriteDelay {

    private static final Logger log = LoggerFactory.getLogger(CommandWriteDelay.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final long delayMillis;

    CommandWriteDelay(JdbcClient jdbc, DataSource dataSource, ChannelsProperties properties) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.delayMillis = properties.importer().commandWriteDelay().toMillis();
    }

    /** Runs {@code work} with the delay, then restores the database's own setting and writes everything out. */
    <T> T during(Supplier<T> work) {
        var previous = delayMillis > 0 && isH2() ? current() : null;
        if (previous == null || !trySet(delayMillis)) {
            return work.get();
        }
        try {
            return work.get();
        } finally {
            set(previous);
            jdbc.sql("checkpoint").update();
        }
    }

    private boolean isH2() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            return false;
        }
    }

    private @Nullable Long current() {
        try {
            return jdbc.sql("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")
                    .query(String.class)
                    .list()
                    .stream()
                    .findFirst()
                    .map(Long::valueOf)
                    .orElse(null);
        } catch (DataAccessException | NumberFormatException e) {
            log.info("The import keeps the database's write delay: {}", e.getMessage());
            return null;
        }
    }

    private boolean trySet(long millis) {
        try {
            set(millis);
            return true;
        } catch (DataAccessException e) {
            log.info("The import keeps the database's write delay: {}", e.getMessage());
            return false;
        }
    }

    private void set(long millis) {
        jdbc.sql("set write_delay " + millis).update();
    }
}
