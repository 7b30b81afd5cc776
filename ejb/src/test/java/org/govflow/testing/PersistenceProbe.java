package org.govflow.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Lets container tests look behind the persistence unit. */
@Stateless
public class PersistenceProbe {

    @PersistenceContext
    private EntityManager em;

    /** The class of the provider's own entity manager behind the container's. */
    public String providerEntityManagerClass() {
        return em.getDelegate().getClass().getName();
    }

    public String entityManagerFactoryClass() {
        return em.getEntityManagerFactory().getClass().getName();
    }
}
