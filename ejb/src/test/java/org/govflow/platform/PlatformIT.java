package org.govflow.platform;

import jakarta.inject.Inject;
import org.govflow.testing.PersistenceProbe;
import org.govflow.testing.ServiceDeployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform GovFlow runs on: EclipseLink as provider, the schema owned by Flyway, site settings. */
class PlatformIT extends ServiceDeployment {

    @Inject
    private PersistenceProbe probe;

    @Inject
    private SchemaMigration schemaMigration;

    @Inject
    private Settings settings;

    @Test
    void persistenceProviderIsEclipseLinkNotHibernate() {
        assertThat(probe.providerEntityManagerClass()).startsWith("org.eclipse.persistence.");
        assertThat(probe.entityManagerFactoryClass()).startsWith("org.eclipse.persistence.")
                .doesNotContain("hibernate");
    }

    @Test
    void flywayAppliedEveryMigrationInsideTheDeployment() {
        // One entry per file in src/main/resources/db/migration; "0" is the baseline below V1
        assertThat(schemaMigration.appliedVersions())
                .containsExactly("0", "1", "2", "10", "11", "12", "30", "40", "41", "60");
    }

    @Test
    void siteSettingsComeFromTheServerConfiguration() {
        assertThat(settings.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(settings.centreMailbox()).isEqualTo("centre@govflow.local");
        assertThat(settings.demoData()).isTrue();
    }
}
