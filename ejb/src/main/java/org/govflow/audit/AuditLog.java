package org.govflow.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.staff.Roles;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes and reads the append-only audit log. An entry joins the caller's transaction, so a state
 * change and its entry are stored together or not at all.
 */
@Stateless
public class AuditLog {

    /** The actor recorded for what GovFlow does by itself (timers, start-up). */
    public static final String SYSTEM = "system";

    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Instance<RequestOrigin> origin;

    /** Records an action by the current caller, from the current request's client address. */
    @PermitAll
    public AuditEntry record(String action, String subjectType, Object subjectId, String detail) {
        return recordAs(currentActor(), action, subjectType, subjectId, detail);
    }

    /** Records an action on behalf of a named actor (a sign-in attempt names the account it tried). */
    @PermitAll
    public AuditEntry recordAs(String actor, String action, String subjectType, Object subjectId, String detail) {
        AuditEntry entry = new AuditEntry(OffsetDateTime.now(ZoneOffset.UTC), actor, clientAddress(), action,
                subjectType, subjectId == null ? null : String.valueOf(subjectId), detail);
        em.persist(entry);
        return entry;
    }

    /** Every entry about one subject, oldest first. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR, Roles.DEPARTMENT_HEAD})
    public List<AuditEntry> listBySubject(String subjectType, Object subjectId) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .getResultList();
    }

    /** The newest entries, newest first. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR})
    public List<AuditEntry> listRecent(int first, int max) {
        return em.createNamedQuery("AuditEntry.findRecent", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many entries the log holds. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR})
    public long count() {
        return em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
    }

    /** Every entry of one action, oldest first. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SUPERVISOR})
    public List<AuditEntry> listByAction(String action) {
        return em.createNamedQuery("AuditEntry.findByAction", AuditEntry.class)
                .setParameter("action", action)
                .getResultList();
    }

    private String currentActor() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? ANONYMOUS : name;
    }

    private String clientAddress() {
        try {
            return origin.isResolvable() ? origin.get().getClientAddress() : SYSTEM;
        } catch (ContextNotActiveException ignored) {
            // timers and start-up run outside any request
            return SYSTEM;
        }
    }
}
