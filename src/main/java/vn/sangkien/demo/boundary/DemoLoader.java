package vn.sangkien.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sangkien.identity.boundary.Bootstrap;

/** With {@code SANGKIEN_DEMO=true}, loads the demo data once, after the bootstrap and before the instance is ready. */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @Resource(lookup = "java:app/jdbc/sangkien")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "SANGKIEN_DEMO", defaultValue = "false")
    boolean demo;

    void load(@Observes Bootstrap.Done done) {
        if (!demo) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Bootstrap.lock(connection);
                boolean loaded = DemoData.loadOnce(connection, done.at());
                connection.commit();
                if (loaded) {
                    LOG.info("Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data failed", e);
        }
    }
}
