package vn.sangkien.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void h2InTheDataFolderByDefault() {
        var settings = DatabaseConfigSource.settings(null, null, null, null);
        assertEquals("org.h2.jdbcx.JdbcDataSource", settings.get(DatabaseConfigSource.CLASS_NAME));
        assertEquals("jdbc:h2:file:" + Path.of("./data").toAbsolutePath().normalize().resolve("sangkien")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=2000;QUERY_TIMEOUT=30000",
                settings.get(DatabaseConfigSource.URL));
    }

    @Test
    void h2InTheGivenDataFolder() {
        var settings = DatabaseConfigSource.settings("  ", null, null, "/var/lib/sangkien");
        assertTrue(settings.get(DatabaseConfigSource.URL).startsWith("jdbc:h2:file:/var/lib/sangkien/sangkien;"));
    }

    @Test
    void postgresqlAsSoonAsTheUrlIsSet() {
        var settings = DatabaseConfigSource.settings("jdbc:postgresql://db:5432/sangkien", "sk", "pw", "/ignored");
        assertEquals("org.postgresql.ds.PGSimpleDataSource", settings.get(DatabaseConfigSource.CLASS_NAME));
        assertEquals("jdbc:postgresql://db:5432/sangkien?options=-c+lock_timeout%3D2000+-c+statement_timeout%3D30000"
                + "&connectTimeout=5&socketTimeout=35", settings.get(DatabaseConfigSource.URL));
        assertEquals("sk", settings.get(DatabaseConfigSource.USER));
        assertEquals("pw", settings.get(DatabaseConfigSource.PASSWORD));
    }

    @Test
    void aTimeoutThatTheUrlSetsIsKept() {
        assertEquals("jdbc:postgresql://db/sk?ssl=true&options=-c%20search_path%3Dx&connectTimeout=5&socketTimeout=35",
                DatabaseConfigSource.withTimeouts("jdbc:postgresql://db/sk?ssl=true&options=-c%20search_path%3Dx"));
        assertEquals("jdbc:postgresql://db/sk?socketTimeout=9&options=-c+lock_timeout%3D2000+-c+statement_timeout%3D30000"
                + "&connectTimeout=5", DatabaseConfigSource.withTimeouts("jdbc:postgresql://db/sk?socketTimeout=9"));
    }
}
