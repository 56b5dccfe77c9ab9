package org.frontline.channels.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontline.channels.internal.SafeText;
import org.jspecify.annotations.Nullable;

/**
 * One feedparser {@code Expect:} line, translated when it checks a field Frontline maps: title, link, id,
 * author, published/updated, content or summary, language. Other expectations (enclosures, iTunes, geo,
 * encodings…) do not apply to Frontline and are left out of the pass rate.
 *
 * <p>feedparser returns sanitized HTML where Frontline keeps plain text, so text fields are compared as
 * text: both sides reduced with {@link SafeText}. Dates are compared in UTC.
 */
record FeedExpectation(boolean requiresWellFormed, String field, int entry, Object expected) {

    private static final Pattern CLAUSE = Pattern.compile(
            "^(?:(not )?bozo and )?(feed|entries\\[(\\d+)\\])((?:\\[\\s*(?:'[a-z_]+'|\\d+)\\s*\\])+|\\.[a-z_]+)\\s*==\\s*(.+)$");
    private static final Pattern TUPLE = Pattern.compile("^\\((\\d+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+), \\d+, \\d+, \\d+\\)$");

    /** The translated expectation, or empty when the line checks something Frontline does not map. */
    static Optional<FeedExpectation> translate(String expect) {
        var m = CLAUSE.matcher(expect.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        var entry = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        var path = m.group(4).replaceAll("[\\[\\]'\\s]+", "/").replace(".", "/").replaceAll("^/|/$", "");
        var field = field(entry >= 0, path);
        if (field == null) {
            return Optional.empty();
        }
        var literal = m.group(5).strip();
        Object expected;
        if (field.endsWith("_parsed")) {
            var tuple = TUPLE.matcher(literal);
            if (!tuple.matches()) {
                return Optional.empty();
            }
            expected = LocalDateTime.of(n(tuple, 1), n(tuple, 2), n(tuple, 3), n(tuple, 4), n(tuple, 5), n(tuple, 6)).toInstant(ZoneOffset.UTC);
            field = field.replace("_parsed", "");
        } else {
            var string = PythonString.parseWhole(literal);
            if (string.isEmpty()) {
                return Optional.empty();
            }
            expected = string.get();
        }
        return Optional.of(new FeedExpectation("not ".equals(m.group(1)), field, entry, expected));
    }

    private static int n(java.util.regex.Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static @Nullable String field(boolean isEntry, String path) {
        if (!isEntry) {
            return switch (path) {
                case "title", "title_detail/value" -> "title";
                case "link" -> "link";
                case "language" -> "language";
                default -> null;
            };
        }
        return switch (path) {
            case "title", "title_detail/value" -> "title";
            case "link" -> "link";
            case "id", "guid" -> "id";
            case "author", "author_detail/name" -> "author";
            case "published_parsed", "issued_parsed" -> "published_parsed";
            case "updated_parsed", "modified_parsed" -> "updated_parsed";
            case "content/0/value", "summary", "description", "summary_detail/value" -> "text";
            default -> null;
        };
    }

    /** Whether the parsed feed meets this expectation. */
    boolean metBy(ParsedFeed feed) {
        if (requiresWellFormed && feed.problem() != null) {
            return false;
        }
        if (entry >= 0 && entry >= feed.entries().size()) {
            return false;
        }
        if (expected instanceof Instant) {
            // Frontline keeps one post time, published else updated: either may carry the expected date.
            var e = feed.entries().get(entry);
            return expected.equals(e.published()) || expected.equals(e.updated());
        }
        var actual = actual(feed);
        var got = actual == null ? "" : SafeText.normalize(actual.toString());
        if (field.equals("text_contains")) {
            return got.contains(SafeText.normalize((String) expected));
        }
        // feedparser gives HTML for HTML content and text for plain text; Frontline gives text for both.
        var asHtml = SafeText.fromHtml((String) expected);
        var asText = SafeText.normalize((String) expected);
        if (field.equals("author")) {
            asText = String.valueOf(XmlFeedReader.personName(asText));
        }
        return got.equals(asHtml) || got.equals(asText);
    }

    private @Nullable Object actual(ParsedFeed feed) {
        if (entry < 0) {
            return switch (field) {
                case "title" -> feed.title();
                case "link" -> feed.link();
                default -> feed.language();
            };
        }
        var e = feed.entries().get(entry);
        return switch (field) {
            case "title" -> e.title();
            case "link" -> e.link();
            case "id" -> e.id();
            case "author" -> e.author();
            case "published" -> e.published();
            case "updated" -> e.updated();
            default -> e.text();
        };
    }

    @Override
    public String toString() {
        return (entry < 0 ? "feed." : "entries[" + entry + "].") + field + " == " + Objects.toString(expected);
    }

    /** Python string literals as feedparser's tests write them: u'…', '…', "…", with escapes. */
    static final class PythonString {
        private PythonString() {}

        static Optional<String> parseWhole(String literal) {
            var s = literal.startsWith("u") || literal.startsWith("b") ? literal.substring(1) : literal;
            if (s.length() < 2) {
                return Optional.empty();
            }
            var quote = s.charAt(0);
            if ((quote != '\'' && quote != '"') || s.charAt(s.length() - 1) != quote) {
                return Optional.empty();
            }
            var out = new StringBuilder();
            for (var i = 1; i < s.length() - 1; i++) {
                var c = s.charAt(i);
                if (c == quote) {
                    return Optional.empty(); // a concatenation or a second clause: not a single literal
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                var next = s.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'x' -> { out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; }
                    case 'u' -> { out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                    case 'U' -> { out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; }
                    default -> out.append(next);
                }
            }
            return Optional.of(out.toString());
        }
    }

    static List<String> headerValues(String document, String name) {
        return document.lines().limit(12).filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1).strip()).toList();
    }
}
