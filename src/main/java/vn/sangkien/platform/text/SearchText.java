package vn.sangkien.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of Vietnamese text: lower case, without diacritics (đ becomes d), words of
 * letters and digits separated by single spaces, with one leading space so that a word-prefix
 * search is the infix pattern {@code "% " + word + "%"}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private SearchText() {
    }

    /** The stored searchable form of a text. */
    public static String of(String text) {
        String words = String.join(" ", words(text));
        return " " + words;
    }

    /** The words of a text, folded as {@link #of} folds them. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
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
