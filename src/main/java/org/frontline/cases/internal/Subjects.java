package org.frontline.cases.internal;

/** A case's subject: the start of the post that opened it, on one line. */
public final class Subjects {

    static final int MAX_LENGTH = 140;

    private Subjects() {}

    public static String of(String text) {
        var oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_LENGTH) {
            return oneLine;
        }
        var cut = MAX_LENGTH - 1;
        // Never split a surrogate pair: a half emoji renders as garbage.
        if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut) + "\u2026";
    }
}
