package vn.sangkien.view.initiatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.sangkien.initiative.boundary.InitiativeRegistry;

/** The table's sort becomes one of the registry's sortable attributes, and nothing else. */
class ListInitiativesBackingTest {

    @Test
    void newestFirstWithoutASort() {
        assertEquals(InitiativeRegistry.Sort.NEWEST, ListInitiativesBacking.sort(Map.of()));
    }

    @Test
    void aColumnsSortIsTheRegistrysSort() {
        SortMeta title = SortMeta.builder().field("title").order(SortOrder.ASCENDING).build();
        assertEquals(new InitiativeRegistry.Sort("title", true), ListInitiativesBacking.sort(Map.of("title", title)));
        SortMeta other = SortMeta.builder().field("summary; DROP TABLE initiative").order(SortOrder.DESCENDING).build();
        assertEquals(new InitiativeRegistry.Sort("registeredAt", false), ListInitiativesBacking.sort(Map.of("x", other)));
    }

    @Test
    void theRegistryRefusesAnUnknownAttribute() {
        assertThrows(IllegalArgumentException.class, () -> new InitiativeRegistry.Sort("summary", true));
    }
}
