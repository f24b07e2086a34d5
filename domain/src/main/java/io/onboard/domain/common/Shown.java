package io.onboard.domain.common;

/** Echoes a rejected value back in an error message without letting a huge or hostile value through whole. */
public final class Shown {
    private static final int MAX = 40;

    private Shown() {
    }

    public static String of(String value) {
        String printable = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= MAX ? "'" + printable + "'" : "'" + printable.substring(0, MAX) + "...'";
    }
}
