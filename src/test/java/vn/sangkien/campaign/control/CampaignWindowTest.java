package vn.sangkien.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.sangkien.campaign.entity.CampaignStatus;

class CampaignWindowTest {

    private static final Instant OPENS = Instant.parse("2022-04-21T17:00:00Z");
    private static final Instant CLOSES = Instant.parse("2022-05-31T17:00:00Z");
    private final CampaignWindow window = new CampaignWindow(OPENS, CLOSES);

    @Test
    void plannedOpenClosedAroundTheHalfOpenWindow() {
        assertEquals(CampaignStatus.PLANNED, window.statusAt(OPENS.minusMillis(1), null));
        assertEquals(CampaignStatus.OPEN, window.statusAt(OPENS, null));
        assertEquals(CampaignStatus.OPEN, window.statusAt(CLOSES.minusMillis(1), null));
        assertEquals(CampaignStatus.CLOSED, window.statusAt(CLOSES, null));
    }

    @Test
    void closedEarlyByHandIsClosedFromThatMoment() {
        Instant closedAt = OPENS.plusSeconds(3600);
        assertEquals(CampaignStatus.OPEN, window.statusAt(closedAt.minusMillis(1), closedAt));
        assertEquals(CampaignStatus.CLOSED, window.statusAt(closedAt, closedAt));
    }

    @Test
    void aSubCampaignLiesInsideItsParent() {
        assertTrue(window.contains(new CampaignWindow(OPENS, CLOSES)));
        assertTrue(window.contains(new CampaignWindow(OPENS.plusSeconds(1), CLOSES.minusSeconds(1))));
        assertFalse(window.contains(new CampaignWindow(OPENS.minusSeconds(1), CLOSES)));
        assertFalse(window.contains(new CampaignWindow(OPENS, CLOSES.plusSeconds(1))));
    }
}
