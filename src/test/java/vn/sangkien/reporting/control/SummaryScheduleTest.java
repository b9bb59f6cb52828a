package vn.sangkien.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

/** SANGKIEN_SUMMARY_SCHEDULE: EJB calendar attributes separated by semicolons. */
class SummaryScheduleTest {

    @Test
    void theDefaultIsEveryDayAtHalfPastMidnightInVietnam() {
        assertEquals("minute=30;hour=0;timezone=Asia/Ho_Chi_Minh", SummarySchedule.DEFAULT);
        ScheduleExpression e = SummarySchedule.parse(SummarySchedule.DEFAULT);
        assertEquals("0", e.getSecond());
        assertEquals("30", e.getMinute());
        assertEquals("0", e.getHour());
        assertEquals("*", e.getDayOfMonth());
        assertEquals("*", e.getMonth());
        assertEquals("*", e.getDayOfWeek());
        assertEquals("*", e.getYear());
        assertEquals("Asia/Ho_Chi_Minh", e.getTimezone());
    }

    @Test
    void everyTenSeconds() {
        ScheduleExpression e = SummarySchedule.parse("second=*/10;minute=*;hour=*");
        assertEquals("*/10", e.getSecond());
        assertEquals("*", e.getMinute());
        assertEquals("*", e.getHour());
        assertEquals("*", e.getDayOfMonth());
        assertEquals("*", e.getMonth());
        assertEquals("*", e.getDayOfWeek());
    }

    @Test
    void otherAttributes() {
        ScheduleExpression e = SummarySchedule.parse("minute=0;hour=7;dayOfWeek=Mon;dayOfMonth=*;month=*;year=*;timezone=UTC");
        assertEquals("0", e.getMinute());
        assertEquals("7", e.getHour());
        assertEquals("Mon", e.getDayOfWeek());
        assertEquals("UTC", e.getTimezone());
    }

    @Test
    void aBadAttributeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("sekond=*/10;minute=*;hour=*"));
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("minute=30;hour"));
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("=5"));
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("every ten seconds"));
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("minute=30;timezone=Mars/Olympus"));
        assertThrows(IllegalArgumentException.class, () -> SummarySchedule.parse("minute=30;hour=0;timezone=Asia/Ho_Chi_Minh;second=$(x)"));
    }
}
