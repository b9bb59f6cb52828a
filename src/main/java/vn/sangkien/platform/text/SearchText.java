package vn.sangkien.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The searchable form of Vietnamese text: lower case, without diacritics (đ becomes d), words of
 * letters and digits separated by single spaces, with one leading space so that a word-prefix
 * search is the infix pattern {@code "% " + word + "%"}.
 */
public final class SearchText {

    private SearchText() {
    }

    /**
     * The longest searchable form stored (the width of its columns). Folding may lengthen a text (a
     * Hangul syllable decomposes into two or three letters); words beyond this are not searchable.
     */
    public static final int MAX_LENGTH = 1000;

    /** The stored searchable form of a text, whole words only, at most {@link #MAX_LENGTH} characters. */
    public static String of(String text) {
        StringBuilder folded = new StringBuilder(text == null ? 1 : text.length() + 1);
        fold(text, word -> {
            if (folded.length() + 1 + word.length() <= MAX_LENGTH) {
                folded.append(' ').append(word);
            }
        });
        return folded.isEmpty() ? " " : folded.toString();
    }

    /** The words of a text, folded as {@link #of} folds them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        fold(text, word -> words.add(word.toString()));
        return words;
    }

    /**
     * One pass over the canonical decomposition (every registration's title goes through here, so no
     * regular expressions): combining marks are dropped, letters and decimal digits are lower-cased
     * code point by code point (Locale.ROOT, as {@link Character#toLowerCase(int)}) and gathered into
     * words, anything else ends a word.
     */
    private static void fold(String text, Consumer<CharSequence> wordSink) {
        if (text == null) {
            return;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                word.appendCodePoint(cp == 'đ' || cp == 'Đ' ? 'd' : Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                wordSink.accept(word);
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            wordSink.accept(word);
        }
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The LIKE patterns of a query: each word must start a word of the text. */
    public static List<String> prefixPatterns(String query) {
        return words(query).stream().map(w -> "% " + escapeLike(w) + "%").toList();
    }

    private static String escapeLike(String word) {
        // Words hold letters and digits only, so there is nothing to escape; kept explicit for safety.
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
