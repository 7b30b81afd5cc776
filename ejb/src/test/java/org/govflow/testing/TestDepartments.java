package org.govflow.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.catalog.Department;

/** Makes sure a department exists, for tests that run before (or without) the bundled catalogue is loaded. */
@Stateless
public class TestDepartments {

    @PersistenceContext
    private EntityManager em;

    public void ensure(String code, String name) {
        boolean exists = !em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
        if (!exists) {
            em.persist(new Department(code, name));
        }
    }
}
