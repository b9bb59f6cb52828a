package vn.sangkien.initiative.boundary;

import java.math.BigDecimal;
import vn.sangkien.initiative.entity.Author;

/** An author on the wire. */
public record AuthorView(String fullName, String memberCode, BigDecimal sharePercent) {

    public static AuthorView of(Author a) {
        return new AuthorView(a.getFullName(), a.getMemberCode(), a.getSharePercent());
    }
}
