package org.frontline.channels.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reads Rome's dates as {@link Instant}s. Rome still speaks {@code java.util.Date}, which our code never
 * touches (an architecture rule): the getter and its conversion are called by name, so the legacy type
 * stays inside Rome.
 */
final class RomeDates {

    private RomeDates() {}

    static @Nullable Instant of(Object bean, String getter) {
        try {
            var value = bean.getClass().getMethod(getter).invoke(bean);
            return value == null ? null : (Instant) value.getClass().getMethod("toInstant").invoke(value);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}
