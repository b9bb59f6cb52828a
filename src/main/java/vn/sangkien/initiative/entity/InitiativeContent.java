package vn.sangkien.initiative.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What an author writes about an initiative, after the Initiative Regulation (Decree 13/2012/NĐ-CP):
 * name, field, authors, owner, first application, the situation before, the solution, novelty,
 * applicability, benefits, and what must stay confidential.
 */
public record InitiativeContent(
        String title,
        String fieldCode,
        String summary,
        String currentSituation,
        String solution,
        String novelty,
        String applicability,
        String benefits,
        String socialBenefit,
        String ownerName,
        LocalDate appliedFrom,
        Long estimatedValueVnd,
        boolean confidential,
        String confidentialContent,
        List<Author> authors) {
}
