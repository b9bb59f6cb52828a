package vn.sangkien.organization.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void aChildSitsBelowItsParentAndGrassrootsMaySkipTheDistrict() {
        assertTrue(Level.PROVINCE.mayBeChildOf(Level.NATIONAL));
        assertTrue(Level.GRASSROOTS.mayBeChildOf(Level.PROVINCE));
        assertTrue(Level.GRASSROOTS.mayBeChildOf(Level.DISTRICT));
        assertFalse(Level.PROVINCE.mayBeChildOf(Level.DISTRICT));
        assertFalse(Level.DISTRICT.mayBeChildOf(Level.DISTRICT));
        assertFalse(Level.NATIONAL.mayBeChildOf(Level.NATIONAL));
    }
}
