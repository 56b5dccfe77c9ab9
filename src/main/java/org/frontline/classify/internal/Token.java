package org.frontline.classify.internal;

/** One token of a post: {@code text} as written, {@code norm} lower-cased with straight apostrophes. */
public record Token(Kind kind, String text, String norm) {

    public enum Kind {
        WORD,
        NUMBER,
        EMOJI,
        EMOTICON,
        EXCLAMATION,
        QUESTION,
        URL,
        MENTION,
        HASHTAG
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Written in capitals, like "BROKEN" (at least two letters, no lower-case letter). */
    public boolean shouted() {
        if (kind != Kind.WORD) {
            return false;
        }
        var letters = 0;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
