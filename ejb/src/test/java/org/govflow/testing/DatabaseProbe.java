package org.govflow.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.catalog.Department;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Looks at the database under GovFlowDS, and stores text through JPA without leaving anything behind. */
@Stateless
public class DatabaseProbe {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:jboss/datasources/GovFlowDS")
    private DataSource dataSource;

    public String productName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /**
     * Stores one department per name under the codes prefix0, prefix1, …, reads them back from the database
     * ordered by name and id, as "code=name", and rolls the transaction back.
     */
    public List<String> storeAndReadByName(String codePrefix, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            em.persist(new Department(codePrefix + i, names.get(i)));
        }
        em.flush();
        em.clear();
        List<String> stored = em.createQuery("SELECT d FROM Department d WHERE d.code LIKE :prefix"
                        + " ORDER BY d.name, d.id", Department.class)
                .setParameter("prefix", codePrefix + "%")
                .getResultStream()
                .map(d -> d.getCode() + "=" + d.getName())
                .toList();
        context.setRollbackOnly();
        return stored;
    }
}
