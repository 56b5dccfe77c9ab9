package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.frontline.metrics.internal.DailyBackfill;

/**
 * Flyway migration 126: fills the daily rollups created by V125 from the hourly rows and the response and
 * resolution facts already stored, in each workspace's time zone. Java, because a local day's start in a named
 * zone (DST included) is computed the same way on H2 and PostgreSQL only by {@code java.time}. It deletes a
 * workspace's daily rows before filling them, so a run that failed half-way can run again.
 */
public class V126__Metrics_backfill_daily_rollups extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DailyBackfill.all(context.getConnection());
    }
}
