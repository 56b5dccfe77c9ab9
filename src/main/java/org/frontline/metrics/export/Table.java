package org.frontline.metrics.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart's or list's data as rows of cells, ready for CSV or XLSX. A cell is a {@link Number} (written as a
 * number), text, or null (empty).
 */
public record Table(String name, List<String> headers, List<List<@Nullable Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        var copied = new ArrayList<List<@Nullable Object>>();
        rows.forEach(row -> copied.add(Collections.unmodifiableList(new ArrayList<>(row))));
        rows = Collections.unmodifiableList(copied);
    }
}
