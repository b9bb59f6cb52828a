package vn.sangkien.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAndVietnameseDiacritics() {
        assertEquals(" nang cao nang suat lao dong", SearchText.of("Nâng cao NĂNG SUẤT lao động"));
        assertEquals(" duong dien d", SearchText.of("Đường điện Đ"));
        assertEquals(" cai tien quy trinh 5s", SearchText.of("Cải tiến — quy trình \"5S\"!"));
    }

    @Test
    void decomposedAndComposedTextFoldAlike() {
        String composed = "Ứng dụng";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(SearchText.of(composed), SearchText.of(decomposed));
    }

    @Test
    void marksNeverSplitAWordAndOtherScriptsAndDigitsStay() {
        assertEquals(" ab", SearchText.of("\u0301a\u0301b\u20dd"));
        assertEquals(" " + "\ud835\udc00".toLowerCase() + "x", SearchText.of("\ud835\udc00X"));
        assertEquals(" 中文 ١٢٣ ha noi", SearchText.of("中文, ١٢٣ · Hà\tNội"));
        assertEquals(" ", SearchText.of(null));
        assertEquals(" ", SearchText.of(" -- "));
        assertEquals(List.of("ha", "noi"), SearchText.words("HÀ nội"));
    }

    @Test
    void queryWordsBecomeWordPrefixPatterns() {
        assertEquals(List.of("% nang%", "% suat%"), SearchText.prefixPatterns("  NĂNG   suất "));
        assertEquals(List.of("% drop%", "% table%"), SearchText.prefixPatterns("'; DROP TABLE --%_"));
        assertEquals(List.of(), SearchText.prefixPatterns("%%% ___"));
    }

    @Test
    void textThatFoldsLongerNeverExceedsTheColumn() {
        String hangul = "가".repeat(300);
        assertEquals(" " + "\u1100\u1161".repeat(300), SearchText.of(hangul), "a syllable folds to two letters");
        String words = ("한국어 ".repeat(100)).strip();
        String folded = SearchText.of(words + " " + words);
        assertTrue(folded.length() <= SearchText.MAX_LENGTH, "at most the column's width: " + folded.length());
        assertTrue(folded.endsWith("\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165"), "whole words only");
    }
}
