package org.govflow.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.nio.file.Path;

/**
 * The one deployment of the black-box tests: the EAR exactly as the build packaged it, run as a client
 * over HTTP on the test server (port offset 100, demo data on).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApplicationDeployment {

    /** The site's root URL on the test server, with a trailing slash. */
    protected static final String BASE_URL = "http://localhost:" + System.getProperty("govflow.test.http-port", "8180") + "/";

    protected static final String DEMO_PASSWORD = "GovFlow2026";

    /** The log of the server this run of the tests deployed to (H2's or PostgreSQL's, see the parent pom). */
    protected static final Path SERVER_LOG =
            Path.of(System.getProperty("govflow.test.server-base", "target/server-base"), "log", "server.log");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/govflow.ear"));
    }
}
