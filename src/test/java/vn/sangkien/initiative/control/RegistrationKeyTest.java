package vn.sangkien.initiative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.Violations;

class RegistrationKeyTest {

    private static InitiativeContent content(String title, String share) {
        return new InitiativeContent(title, "TECHNOLOGY", "Tóm tắt", null, null, null, null, null, null, null, null,
                null, false, null, List.of(new Author("Lê Văn Tám", null, share == null ? null : new BigDecimal(share))));
    }

    private static RegistrationKey key(String reference, InitiativeContent content, Violations v) {
        return RegistrationKey.of(reference, "Idempotency-Key", v, "C", "U", content, true);
    }

    @Test
    void the_same_registration_has_the_same_fingerprint_and_any_difference_another() {
        Violations v = new Violations();
        RegistrationKey a = key("k-1", content("Sáng kiến", "100"), v);
        assertEquals(a, key("k-1", content("Sáng kiến", "100.00"), v), "the same share written otherwise");
        assertNotEquals(a.fingerprint(), key("k-1", content("Sáng kiến ", "100"), v).fingerprint());
        assertNotEquals(a.fingerprint(), key("k-1", content("Sáng kiến", null), v).fingerprint());
        assertNotEquals(a.fingerprint(), RegistrationKey.of("k-1", "f", v, "C", "U", content("Sáng kiến", "100"), false)
                .fingerprint(), "submit or not");
        // Lengths keep members apart: "CU" + "" is not "C" + "U".
        assertNotEquals(RegistrationKey.of("k", "f", v, "CU", "", null, true).fingerprint(),
                RegistrationKey.of("k", "f", v, "C", "U", null, true).fingerprint());
        assertTrue(v.isEmpty());
    }

    @Test
    void a_reference_is_one_to_a_hundred_visible_ascii_characters() {
        assertNull(key(null, content("x", null), new Violations()), "no header, no key");
        for (String bad : new String[] {"", "x".repeat(101), "có dấu", "a b", "tab\t", "nul\u0000"}) {
            Violations v = new Violations();
            assertNull(key(bad, content("x", null), v), bad);
            assertTrue(v.has("Idempotency-Key"), bad);
        }
        Violations v = new Violations();
        assertEquals("~!x".repeat(25) + "abcd" + "y".repeat(21), key("~!x".repeat(25) + "abcd" + "y".repeat(21),
                content("x", null), v).clientReference());
        assertTrue(v.isEmpty());
    }
}
