package org.frontline.ingest.internal;

import java.util.List;
import org.frontline.ingest.SearchCondition;
import org.jspecify.annotations.Nullable;

/**
 * How a post's search keys are kept in {@code post_search_keys.search_keys}: in order, space-separated, with a space at each end, so
 * that a key is a substring test, {@code " key "} (or {@code " stem"} for a prefix, {@code " first second "} for a
 * sequence), that H2 and PostgreSQL both answer with {@code position}. Keys never hold a space (a post with such a key
 * is stored without keys), so a test is true exactly when the keys are there.
 */
final class SearchKeyColumn {

    /** The column's size; a post with more keys than fit is stored without them, so it is a candidate for everything. */
    static final int MAX_LENGTH = 65_536;

    private SearchKeyColumn() {}

    /** The column value for {@code keys}, or null when there are none to tell, they do not fit or one holds a space. */
    static @Nullable String encode(@Nullable List<String> keys) {
        if (keys == null) {
            return null;
        }
        StringBuilder column = new StringBuilder(" ");
        for (String key : keys) {
            if (key.isEmpty() || key.indexOf(' ') >= 0) {
                return null;
            }
            column.append(key).append(' ');
            if (column.length() > MAX_LENGTH) {
                return null;
            }
        }
        return column.toString();
    }

    /** Appends {@code condition} as SQL on the column, with its parameters; a post without keys is always selected. */
    static void appendCandidates(SearchCondition condition, StringBuilder sql, List<Object> params) {
        sql.append(" and (search_keys is null or ");
        append(condition, sql, params);
        sql.append(')');
    }

    /** Appends {@code condition} as an SQL expression on the column (true or false when there are keys). */
    static void appendCondition(SearchCondition condition, StringBuilder sql, List<Object> params) {
        append(condition, sql, params);
    }

    private static void append(SearchCondition condition, StringBuilder sql, List<Object> params) {
        switch (condition) {
            case SearchCondition.Key key -> {
                sql.append("position(? in search_keys) > 0");
                params.add(" " + key.value() + (key.prefix() ? "" : " "));
            }
            case SearchCondition.Sequence sequence -> {
                sql.append("position(? in search_keys) > 0");
                params.add(" " + String.join(" ", sequence.keys()) + " ");
            }
            case SearchCondition.Not not -> {
                sql.append("not (");
                append(not.condition(), sql, params);
                sql.append(')');
            }
            case SearchCondition.AllOf all -> join(all.conditions(), " and ", sql, params);
            case SearchCondition.AnyOf any -> join(any.conditions(), " or ", sql, params);
        }
    }

    private static void join(List<SearchCondition> conditions, String operator, StringBuilder sql, List<Object> params) {
        sql.append('(');
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            append(conditions.get(i), sql, params);
        }
        sql.append(')');
    }
}
