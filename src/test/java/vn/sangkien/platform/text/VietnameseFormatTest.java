package vn.sangkien.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void numbers_money_and_percentages_as_vietnamese_documents_write_them() {
        assertEquals("1.000.000", VietnameseFormat.number(1_000_000));
        assertEquals("0", VietnameseFormat.number(0));
        assertEquals("400.000 đ", VietnameseFormat.money(400_000));
        assertEquals("85,5 %", VietnameseFormat.percent(new BigDecimal("85.5")));
        assertEquals("100,0 %", VietnameseFormat.percent(new BigDecimal("100")));
        assertEquals("—", VietnameseFormat.percent(null));
    }

    @Test
    void the_date_line_gives_small_days_and_the_first_two_months_a_zero() {
        assertEquals("ngày 31 tháng 5 năm 2022", VietnameseFormat.dateLine(LocalDate.of(2022, 5, 31)));
        assertEquals("ngày 04 tháng 02 năm 2026", VietnameseFormat.dateLine(LocalDate.of(2026, 2, 4)));
        assertEquals("ngày 10 tháng 12 năm 2026", VietnameseFormat.dateLine(LocalDate.of(2026, 12, 10)));
    }
}
