package vn.sangkien.demo.entity;

import java.util.List;
import java.util.Map;
import vn.sangkien.initiative.entity.InitiativeStatus;

/**
 * What {@code demo/initiatives.json} says the demo's initiatives are made of: how many end in each
 * status and how far along the workflow each status usually is, the fields by kind of unit, the
 * pieces of titles and texts, names of people, the shares of co-authors, and the sentences of the
 * workflow's comments ({@code texts}, with {@link String#format} placeholders).
 */
public record InitiativeTemplate(long seed, int historyDays, int uncoveredEvery,
                                 Map<InitiativeStatus, Integer> statusCounts,
                                 Map<InitiativeStatus, Double> maturity,
                                 Map<String, List<String>> fieldsByKind,
                                 Map<String, Titles> titles,
                                 Map<String, String> goals,
                                 List<String> situations,
                                 List<String> solutions,
                                 List<String> novelties,
                                 List<String> applicability,
                                 List<String> savings,
                                 List<String> socialBenefits,
                                 Map<String, String> confidentialContent,
                                 String confidentialProcedure,
                                 List<String> returnByUnit,
                                 List<String> returnByCouncil,
                                 List<String> rejectByUnit,
                                 List<String> rejectByCouncil,
                                 List<String> withdrawReasons,
                                 Names names,
                                 List<List<Integer>> shares,
                                 Map<String, String> texts,
                                 int firstDecisionNumber) {

    /** The openings of a field's titles and what they apply to; any opening fits any object. */
    public record Titles(List<String> openings, List<String> objects) {
    }

    /** Vietnamese names: a surname, a middle name and a given name, by gender. */
    public record Names(List<String> surnames, List<String> maleMiddle, List<String> femaleMiddle,
                        List<String> maleGiven, List<String> femaleGiven) {
    }

    /** One of the sentences of {@code texts}. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("demo/initiatives.json has no text " + key);
        }
        return text;
    }
}
