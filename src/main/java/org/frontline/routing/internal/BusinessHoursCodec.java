package org.frontline.routing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.frontline.routing.BusinessHours;
import org.frontline.routing.BusinessHours.OpeningHours;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a calendar as JSON: {@code {"MONDAY":[["09:00","17:00"]], …, "holidays":["2026-12-25"]}}. The
 * time zone lives in its own column.
 */
public final class BusinessHoursCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOLIDAYS = "holidays";

    private BusinessHoursCodec() {}

    public static String encode(BusinessHours hours) {
        var document = new LinkedHashMap<String, Object>();
        for (var day : DayOfWeek.values()) {
            var windows = hours.weekly().getOrDefault(day, List.of()).stream()
                    .map(w -> List.of(w.opens().toString(), w.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : w.closes().toString()))
                    .toList();
            document.put(day.name(), windows);
        }
        document.put(HOLIDAYS, new TreeSet<>(hours.holidays()).stream().map(LocalDate::toString).toList());
        return JSON.writeValueAsString(document);
    }

    @SuppressWarnings("unchecked")
    public static BusinessHours decode(ZoneId zone, String json) {
        Map<String, Object> document = JSON.readValue(json, Map.class);
        var weekly = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            var windows = new ArrayList<OpeningHours>();
            for (var window : (List<List<String>>) document.getOrDefault(day.name(), List.of())) {
                windows.add(new OpeningHours(time(window.get(0)), time(window.get(1))));
            }
            weekly.put(day, windows);
        }
        var holidays = ((List<String>) document.getOrDefault(HOLIDAYS, List.of())).stream().map(LocalDate::parse).toList();
        return new BusinessHours(zone, weekly, new java.util.HashSet<>(holidays));
    }

    private static LocalTime time(String value) {
        return "24:00".equals(value) ? LocalTime.MIDNIGHT : LocalTime.parse(value);
    }
}
