package vn.sangkien.platform.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/**
 * Numbers, money and dates as Vietnamese documents write them: {@code 1.000.000}, {@code 85,5 %},
 * {@code 1.000.000 đ}, {@code ngày 31 tháng 5 năm 2022}.
 */
public final class VietnameseFormat {

    private static final DecimalFormatSymbols SYMBOLS = new DecimalFormatSymbols();

    static {
        SYMBOLS.setGroupingSeparator('.');
        SYMBOLS.setDecimalSeparator(',');
    }

    private VietnameseFormat() {
    }

    public static String number(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    /** A percentage to one decimal, or "—" when there is none. */
    public static String percent(BigDecimal value) {
        return value == null ? "—" : new DecimalFormat("#,##0.0", SYMBOLS).format(value) + " %";
    }

    public static String money(long dong) {
        return number(dong) + " đ";
    }

    /**
     * The date line of a document: "ngày 31 tháng 5 năm 2022"; days below 10 and the months 1 and 2
     * take a leading zero, as the rules on the form of documents ask ("ngày 04 tháng 02 năm 2026").
     */
    public static String dateLine(LocalDate date) {
        String day = String.valueOf(date.getDayOfMonth());
        String month = String.valueOf(date.getMonthValue());
        return "ngày " + (date.getDayOfMonth() < 10 ? "0" + day : day) + " tháng "
                + (date.getMonthValue() < 3 ? "0" + month : month) + " năm " + date.getYear();
    }
}
