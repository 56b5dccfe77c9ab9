package org.frontline.metrics.export;

/**
 * Spreadsheet-formula neutralization (OWASP "CSV Injection"): text that a spreadsheet would run as a formula,
 * i.e. starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, gets a leading
 * apostrophe so it is shown as the text it is. Numbers are never passed through here: they stay numbers.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    public static String neutralize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
