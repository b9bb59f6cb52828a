package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.BusinessException.FieldError;
import vn.sangkien.platform.refusal.Violations;

class InitiativeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static InitiativeContent content(String title, List<Author> authors) {
        return new InitiativeContent(title, "TECHNOLOGY", "Tóm tắt", null, null, null, null, null, null, null, null,
                1_000_000L, false, null, authors);
    }

    private static List<String> badFields(InitiativeContent content, boolean knownField) {
        Violations v = new Violations();
        InitiativeRules.check(content, knownField, TODAY, v);
        return v.errors().stream().map(FieldError::field).collect(Collectors.toList());
    }

    private static Author author(String name, String share) {
        return new Author(name, null, share == null ? null : new BigDecimal(share));
    }

    @Test
    void aGoodInitiativePassesAndKeepsVietnameseTextExactly() {
        Violations v = new Violations();
        var checked = InitiativeRules.check(content("  Nâng cao năng suất — Đồng Nai  ",
                List.of(author("Nguyễn Thị Ánh", "33.34"), author("Trần Văn Bảy", "66.66"))), true, TODAY, v);
        assertTrue(v.isEmpty(), () -> v.errors().toString());
        assertEquals("Nâng cao năng suất — Đồng Nai", checked.title());
    }

    @Test
    void titleLengthIsFiveToThreeHundredCharacters() {
        List<Author> one = List.of(author("Nguyễn Văn A", null));
        assertEquals(List.of("title"), badFields(content("Abcd", one), true));
        assertEquals(List.of(), badFields(content("Abcde", one), true));
        assertEquals(List.of(), badFields(content("Ạ".repeat(300), one), true));
        assertEquals(List.of("title"), badFields(content("Ạ".repeat(301), one), true));
        assertEquals(List.of("title"), badFields(content("   ", one), true));
    }

    @Test
    void oneToTwentyAuthors() {
        assertEquals(List.of("authors"), badFields(content("Sáng kiến hay", List.of()), true));
        assertEquals(List.of("authors"), badFields(content("Sáng kiến hay", null), true));
        assertEquals(List.of(), badFields(content("Sáng kiến hay", Collections.nCopies(20, author("Tác giả", null))), true));
        assertEquals(List.of("authors"), badFields(content("Sáng kiến hay", Collections.nCopies(21, author("Tác giả", null))), true));
    }

    @Test
    void sharesWhenGivenAreGivenForAllAndSumToHundred() {
        assertEquals(List.of("authors"), badFields(content("Sáng kiến hay",
                List.of(author("A Văn", "50"), author("B Thị", "40"))), true));
        assertEquals(List.of("authors"), badFields(content("Sáng kiến hay",
                List.of(author("A Văn", "100"), author("B Thị", null))), true));
        assertEquals(List.of("authors[1].sharePercent"), badFields(content("Sáng kiến hay",
                List.of(author("A Văn", "100"), author("B Thị", "0"))), true));
        assertEquals(List.of(), badFields(content("Sáng kiến hay",
                List.of(author("A Văn", null), author("B Thị", null))), true));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var bad = new InitiativeContent("abc", "NO_SUCH_FIELD", "", null, null, null, null, null, null, null,
                TODAY.plusYears(3), -5L, false, null, List.of(author("", "100")));
        assertEquals(List.of("title", "field", "summary", "estimatedValueVnd", "appliedFrom", "authors[0].fullName"),
                badFields(bad, false));
    }
}
