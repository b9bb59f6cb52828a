package vn.sangkien.platform.rest;

import vn.sangkien.platform.refusal.BusinessException;

import vn.sangkien.platform.paging.ListParameters;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.sangkien.platform.refusal.BusinessException.Kind;

class VersionsAndListsTest {

    @Test
    void ifMatchCarriesTheQuotedVersion() {
        assertDoesNotThrow(() -> Versions.checkIfMatch("\"3\"", 3, true));
        assertDoesNotThrow(() -> Versions.checkIfMatch("W/\"3\"", 3, true));
        assertDoesNotThrow(() -> Versions.checkIfMatch(null, 3, false));
        assertEquals(Kind.STALE_VERSION,
                assertThrows(BusinessException.class, () -> Versions.checkIfMatch("\"2\"", 3, true)).kind());
        assertEquals(Kind.STALE_VERSION,
                assertThrows(BusinessException.class, () -> Versions.checkIfMatch("garbage", 3, false)).kind());
        assertEquals(Kind.PRECONDITION_REQUIRED,
                assertThrows(BusinessException.class, () -> Versions.checkIfMatch(" ", 3, true)).kind());
    }

    @Test
    void pagesDefaultToTwentyAndRefuseOutOfRange() {
        ListParameters defaults = new ListParameters(null, null);
        assertEquals(0, defaults.page());
        assertEquals(20, defaults.size());
        ListParameters third = new ListParameters("2", "200");
        assertEquals(400, third.offset());
        for (String[] bad : new String[][] {{"-1", "10"}, {"0", "201"}, {"0", "0"}, {"x", "10"}, {"0", "1e3"}}) {
            ListParameters params = new ListParameters(bad[0], bad[1]);
            assertEquals(Kind.VALIDATION, assertThrows(BusinessException.class, params::check).kind());
        }
    }

    @Test
    void enumFiltersAreCheckedAndCaseInsensitive() {
        enum Colour { RED, GREEN }
        ListParameters params = new ListParameters(null, null);
        assertEquals(Colour.RED, params.enumFilter("colour", "red", Colour.class));
        params.enumFilter("colour", "BLUE", Colour.class);
        assertEquals("colour", assertThrows(BusinessException.class, params::check).errors().get(0).field());
    }

    @Test
    void messagesExistInBothLanguages() {
        assertEquals("Không tìm thấy", Messages.get(Messages.VIETNAMESE, "problem.title.not-found"));
        assertEquals("Not found", Messages.get(java.util.Locale.ENGLISH, "problem.title.not-found"));
        assertEquals(java.util.Locale.ENGLISH, Messages.localeOf("en-US,en;q=0.9"));
        assertEquals(Messages.VIETNAMESE, Messages.localeOf("fr, vi;q=0.5"));
        assertEquals(Messages.VIETNAMESE, Messages.localeOf(";;;garbage"));
    }
}
