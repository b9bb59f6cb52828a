package vn.sangkien.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The field paths of the rules' violations become the client ids of the console's inputs. */
class FacesTest {

    @Test
    void plainFieldsAreInputsOfTheForm() {
        assertEquals("form:title", Faces.clientId("form", "title"));
        assertEquals("actionForm:scores_novelty", Faces.clientId("actionForm", "scores.novelty"));
    }

    @Test
    void indexedFieldsAreInputsOfATableRow() {
        assertEquals("form:authors:1:sharePercent", Faces.clientId("form", "authors[1].sharePercent"));
        assertEquals("pactForm:memberTargets:0:targetInitiatives",
                Faces.clientId("pactForm", "memberTargets[0].targetInitiatives"));
    }
}
