package org.govflow.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the catalogue that ships with GovFlow on first start, when the database holds no item yet, through
 * the same checks as an administrator's import. Later changes go through the import or the draft editor.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogBootstrap {

    private static final Logger LOG = Logger.getLogger(CatalogBootstrap.class.getName());

    @Inject
    private CatalogService catalogService;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadBundledCatalogue() {
        // TODO: two cluster nodes starting at once on an empty database would both load; nodes start one by one
        if (catalogService.countItems() > 0) {
            return;
        }
        long started = System.nanoTime();

        ImportSummary summary;
        try {
            summary = catalogService.importBundled();
        } catch (CatalogValidationException e) {
            // a defect of the build, caught by CatalogValidatorTest; GovFlow still starts, with no catalogue
            e.getErrors().stream().limit(50).forEach(error -> LOG.severe(error.toString()));
            LOG.log(Level.SEVERE, "The bundled catalogue fails its checks and was not loaded", e);
            return;
        }

        LOG.info(() -> String.format("Bundled catalogue loaded in %d ms: %s",
                (System.nanoTime() - started) / 1_000_000, summary));
    }
}
