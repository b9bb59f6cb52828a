package vn.sangkien.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployment of the integration tests: the WAR that the build produced (target/sangkien.war),
 * never an archive assembled from classes. Use from a {@code @Deployment(testable = false)} method.
 */
public final class Deployments {

    private Deployments() {
    }

    public static File builtWar() {
        String path = System.getProperty("sangkien.war", "target/sangkien.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The built WAR is missing: " + war.getAbsolutePath()
                    + " (run the integration tests with `mvn verify`)");
        }
        return war;
    }

    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "sangkien.war")
                .importFrom(builtWar())
                .as(WebArchive.class);
    }

    /** The bootstrap admin's password (SANGKIEN_ADMIN_PASSWORD of the Payara under test). */
    public static String adminPassword() {
        String p = System.getProperty("sangkien.it.adminPassword");
        if (p == null || p.isBlank()) {
            p = System.getenv("SANGKIEN_ADMIN_PASSWORD");
        }
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("sangkien.it.adminPassword / SANGKIEN_ADMIN_PASSWORD is not set");
        }
        return p;
    }
}
