package vn.sangkien.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.sangkien.platform.time.Moments;

/**
 * Numbers, money and dates of the console, one way everywhere. Numbers follow the page's
 * language, as a reader of that language writes them: Vietnamese {@code 1.000.000 đ}, English
 * {@code 1,000,000 VND} (the unit from the bundle). Dates and times are Vietnam's, written
 * {@code 31/05/2022 23:59} in both languages: that is how the forms are typed in, and an English
 * reader of a Vietnamese programme meets no month-first date to misread.
 */
@Named("formats")
@ApplicationScoped
public class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A moment as the console writes it: Vietnam's time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Moments.VIETNAM);

    public String number(Number value) {
        if (value == null) {
            return "—";
        }
        // The view's locale: vi groups with "." and marks decimals with "," as VietnameseFormat does.
        NumberFormat format = NumberFormat.getNumberInstance(Faces.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String money(Long dong) {
        return dong == null ? "—" : number(dong) + " " + Faces.label("money.unit");
    }

    /** A share of the authors' contribution: {@code 33,33 %}. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : number(value) + " %";
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
