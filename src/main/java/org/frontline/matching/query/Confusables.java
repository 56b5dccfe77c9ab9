package org.frontline.matching.query;

/**
 * Cyrillic and Greek letters that look like Latin ones, in both cases, and the Latin letter they imitate. A short,
 * hand-checked subset of Unicode's confusables: the letters people actually use to slip a brand name past a filter.
 * Capitals are listed on their own because a capital and its small letter can imitate different Latin letters
 * (Greek {@code Η} looks like {@code H}, {@code η} like {@code n}).
 */
final class Confusables {

    private static final String LOOK_ALIKES =
            // Cyrillic capitals, then small letters
            "АВЕЅІЈКМНОРСТХУ" + "аеѕіјкмнорстхуԁԛԝһӏв"
                    // Greek capitals, then small letters
                    + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ" + "αβεηικνορτυχγω";

    private static final String LATIN =
            "abesijkmhopctxy" + "aesijkmhopctxydqwhlb" + "abezhikmnoptyx" + "abenikvoptuxyw";

    static {
        if (LOOK_ALIKES.length() != LATIN.length()) {
            throw new ExceptionInInitializerError("Confusables table is misaligned");
        }
    }

    private Confusables() {}

    /** {@code s} with every look-alike replaced by its Latin letter. */
    static String toLatin(String s) {
        StringBuilder latin = new StringBuilder(s.length());
        s.codePoints().map(Confusables::latinFor).forEach(latin::appendCodePoint);
        return latin.toString();
    }

    /** The Latin letter {@code codePoint} imitates, or {@code codePoint} itself. */
    static int latinFor(int codePoint) {
        if (codePoint < 0x0391 || codePoint > 0x052F) {
            return codePoint;
        }
        int index = LOOK_ALIKES.indexOf(codePoint);
        return index < 0 ? codePoint : LATIN.charAt(index);
    }
}
