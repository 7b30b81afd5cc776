package org.govflow.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.concurrent.Callable;

/**
 * Lets a container test hold one transaction open across several service calls, and read entities into
 * that transaction's persistence context first, to stage races deterministically.
 */
@Stateless
public class TransactionProbe {

    @PersistenceContext
    private EntityManager em;

    /** Runs work in one transaction: every service call inside joins it. */
    public <T> T inTransaction(Callable<T> work) throws Exception {
        return work.call();
    }

    /** Reads an entity into the current transaction's persistence context, as a service would. */
    public <T> T find(Class<T> type, Object id) {
        return em.find(type, id);
    }
}
