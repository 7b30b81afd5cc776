package org.govflow.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one deployment of the services module's container tests: the built EJB jar as it is, its runtime
 * libraries, and the test helpers (with GreenMail, which the mail tests start inside the server), in a WAR
 * secured by the same "govflow" domain as the real EAR.
 * Test classes extend this so they share its shape.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServiceDeployment {

    @Deployment
    public static WebArchive deployment() {
        JavaArchive services = ShrinkWrap.create(JavaArchive.class, "govflow-ejb.jar")
                .as(ExplodedImporter.class)
                .importDirectory("target/classes")
                .as(JavaArchive.class);

        return ShrinkWrap.create(WebArchive.class, "govflow-services-test.war")
                .addAsLibrary(services)
                .addAsLibraries(Maven.resolver()
                        .loadPomFromFile("pom.xml")
                        .importCompileAndRuntimeDependencies()
                        .resolve()
                        .withTransitivity()
                        .asFile())
                .addAsLibraries(Maven.resolver()
                        .loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core", "com.icegreen:greenmail")
                        .withoutTransitivity()
                        .asFile())
                .addPackages(true, "org.govflow.testing")
                .addAsWebInfResource(new StringAsset(DEPLOYMENT_STRUCTURE), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset(JBOSS_WEB), "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml");
    }

    private static final String DEPLOYMENT_STRUCTURE = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="org.jboss.vfs"/>
                        <module name="org.wildfly.security.elytron"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    private static final String JBOSS_WEB = """
            <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                <security-domain>govflow</security-domain>
            </jboss-web>
            """;
}
