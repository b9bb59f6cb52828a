package vn.sangkien.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An author of an initiative and their share of the contribution, in percent. */
@Embeddable
public class Author {

    @Column(name = "full_name")
    private String fullName;
    @Column(name = "member_code")
    private String memberCode;
    @Column(name = "share_percent")
    private BigDecimal sharePercent;

    protected Author() {
    }

    public Author(String fullName, String memberCode, BigDecimal sharePercent) {
        this.fullName = fullName;
        this.memberCode = memberCode;
        this.sharePercent = sharePercent;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }
}
