package vn.sangkien.initiative.boundary;

import java.math.BigDecimal;
import vn.sangkien.initiative.entity.Author;

/** An author on the wire. */
public record AuthorView(String fullName, String memberCode, BigDecimal sharePercent) {

    public static AuthorView of(Author a) {
        return new AuthorView(a.getFullName(), a.getMemberCode(), plain(a.getSharePercent()));
    }

    /** 60.00 as 60, 33.50 as 33.5: the share as people write it. */
    private static BigDecimal plain(BigDecimal share) {
        if (share == null) {
            return null;
        }
        BigDecimal stripped = share.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
