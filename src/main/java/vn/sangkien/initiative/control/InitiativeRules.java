package vn.sangkien.initiative.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.initiative.entity.Author;
import vn.sangkien.initiative.entity.InitiativeContent;
import vn.sangkien.platform.refusal.Violations;

/**
 * The rules of an initiative's content, for every channel (API, console, SOAP): lengths, authors
 * and their shares, money. Texts come back stripped; blank optional texts become absent.
 */
public final class InitiativeRules {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 300;
    public static final int AUTHORS_MIN = 1;
    public static final int AUTHORS_MAX = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int LONG_TEXT = 10_000;
    private static final int SOLUTION_TEXT = 20_000;
    private static final int MEDIUM_TEXT = 5_000;

    private InitiativeRules() {
    }

    /**
     * Checks a content and returns it cleaned; every problem is added to {@code violations}.
     * {@code knownField} tells whether the field code is one of {@code GET /fields}.
     */
    public static InitiativeContent check(InitiativeContent c, boolean knownField, LocalDate today, Violations v) {
        String title = v.text("title", c.title(), TITLE_MIN, TITLE_MAX, true);
        if (c.fieldCode() == null || c.fieldCode().isBlank()) {
            v.add("field", "field.required");
        } else if (!knownField) {
            v.add("field", "initiative.field.unknown");
        }
        String summary = v.text("summary", c.summary(), 1, LONG_TEXT, true);
        String situation = v.text("currentSituation", c.currentSituation(), 0, LONG_TEXT, false);
        String solution = v.text("solution", c.solution(), 0, SOLUTION_TEXT, false);
        String novelty = v.text("novelty", c.novelty(), 0, MEDIUM_TEXT, false);
        String applicability = v.text("applicability", c.applicability(), 0, MEDIUM_TEXT, false);
        String benefits = v.text("benefits", c.benefits(), 0, LONG_TEXT, false);
        String socialBenefit = v.text("socialBenefit", c.socialBenefit(), 0, MEDIUM_TEXT, false);
        String ownerName = v.text("ownerName", c.ownerName(), 0, 300, false);
        String confidentialContent = v.text("confidentialContent", c.confidentialContent(), 0, 2_000, false);
        if (c.estimatedValueVnd() != null && c.estimatedValueVnd() < 0) {
            v.add("estimatedValueVnd", "initiative.value.negative");
        }
        if (c.appliedFrom() != null && v.date("appliedFrom", c.appliedFrom()) != null
                && c.appliedFrom().isAfter(today.plusYears(1))) {
            v.add("appliedFrom", "initiative.appliedFrom.future");
        }
        List<Author> authors = checkAuthors(c.authors(), v);
        return new InitiativeContent(title, c.fieldCode() == null ? null : c.fieldCode().strip(), summary, situation,
                solution, novelty, applicability, benefits, socialBenefit, ownerName, c.appliedFrom(),
                c.estimatedValueVnd(), c.confidential(), confidentialContent, authors);
    }

    private static List<Author> checkAuthors(List<Author> authors, Violations v) {
        if (authors == null || authors.size() < AUTHORS_MIN || authors.size() > AUTHORS_MAX) {
            v.add("authors", "initiative.authors.count", AUTHORS_MIN, AUTHORS_MAX);
            return authors == null ? List.of() : authors;
        }
        List<Author> cleaned = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int withShare = 0;
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            String path = "authors[" + i + "].";
            String fullName = v.text(path + "fullName", a.getFullName(), 2, 200, true);
            String memberCode = v.text(path + "memberCode", a.getMemberCode(), 1, 40, false);
            BigDecimal share = a.getSharePercent();
            if (share != null) {
                withShare++;
                if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.scale() > 2) {
                    v.add(path + "sharePercent", "initiative.share.range");
                } else {
                    total = total.add(share);
                }
            }
            cleaned.add(new Author(fullName, memberCode, share));
        }
        if (withShare > 0 && withShare < authors.size()) {
            v.add("authors", "initiative.shares.allOrNone");
        } else if (withShare > 0 && total.compareTo(HUNDRED) != 0 && !v.has("authors")) {
            v.add("authors", "initiative.shares.sum", total.stripTrailingZeros().toPlainString());
        }
        return cleaned;
    }
}
