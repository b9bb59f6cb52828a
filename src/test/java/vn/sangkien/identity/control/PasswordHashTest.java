package vn.sangkien.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnlyAndNeverStoresItInClear() {
        String hash = PasswordHash.of("Mật-khẩu-2026");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"));
        assertFalse(hash.contains("Mật-khẩu-2026"));
        assertTrue(PasswordHash.verify("Mật-khẩu-2026", hash));
        assertFalse(PasswordHash.verify("mật-khẩu-2026", hash));
        assertFalse(PasswordHash.verify("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHash.of("same"), PasswordHash.of("same"));
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        assertFalse(PasswordHash.verify("x", null));
        assertFalse(PasswordHash.verify("x", "plain"));
        assertFalse(PasswordHash.verify("x", "PBKDF2WithHmacSHA256:abc:!!:??"));
        assertFalse(PasswordHash.verify("x", "MD5:1:AAAA:AAAA"));
    }
}
