package org.govflow.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Loads the catalogue that ships with GovFlow on first start, when the database holds no item yet.
 * Later changes go through the administrator's import or the draft editor.
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
        if (catalogService.countItems() > 0) {
            return;
        }
        long started = System.nanoTime();

        CatalogService.ImportSummary summary = catalogService.importBundled();

        LOG.info(() -> String.format("Bundled catalogue loaded in %d ms: %s",
                (System.nanoTime() - started) / 1_000_000, summary));
    }
}
