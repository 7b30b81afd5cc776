package org.govflow.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.govflow.audit.AuditLog;
import org.govflow.catalog.CatalogService;
import org.govflow.platform.GovFlowException;
import org.govflow.platform.NotFoundException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Owns staff accounts: creating and changing them (administrators only), and the bookkeeping around
 * each sign-in. Checking a password is left to Elytron's JDBC realm; after {@value #LOCK_THRESHOLD}
 * failures in a row an account is locked for {@link #LOCK_DURATION}, and the realm refuses it meanwhile.
 */
@Stateless
public class StaffService {

    /** Failed sign-ins in a row that lock an account. */
    public static final int LOCK_THRESHOLD = 5;

    /** How long a lock lasts. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    static final String SUBJECT = "staff";

    private static final Logger LOG = Logger.getLogger(StaffService.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final int MIN_PASSWORD_LENGTH = 8;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditLog audit;

    @Inject
    private CatalogService catalogService;

    /** Whether an account may try to sign in; a refusal for a disabled or locked account is audited. */
    @PermitAll
    public SignInCheck checkSignIn(String username) {
        Optional<Staff> found = findByUsername(username);
        if (found.isEmpty()) {
            return SignInCheck.of(SignInCheck.Status.UNKNOWN);
        }

        Staff staff = found.get();
        if (!staff.isEnabled()) {
            audit.recordAs(username, "STAFF_SIGN_IN_REFUSED", SUBJECT, username, "account disabled");
            return SignInCheck.of(SignInCheck.Status.DISABLED);
        }
        if (staff.isLockedAt(now())) {
            audit.recordAs(username, "STAFF_SIGN_IN_REFUSED", SUBJECT, username, "account locked");
            return new SignInCheck(SignInCheck.Status.LOCKED, staff.getLockedUntil());
        }
        return SignInCheck.of(SignInCheck.Status.READY);
    }

    /** Records a password the realm rejected; the last allowed failure locks the account. */
    @PermitAll
    public SignInCheck recordFailedSignIn(String username) {
        audit.recordAs(username, "STAFF_SIGN_IN_FAILED", SUBJECT, username, "wrong username or password");

        Optional<Staff> found = findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            return SignInCheck.of(SignInCheck.Status.UNKNOWN);
        }

        Staff staff = found.get();
        OffsetDateTime now = now();
        staff.recordFailure(LOCK_THRESHOLD, now.plus(LOCK_DURATION));
        if (staff.isLockedAt(now)) {
            audit.recordAs(username, "STAFF_LOCKED", SUBJECT, username, "locked until " + staff.getLockedUntil());
            LOG.info(() -> "Staff account " + username + " locked after repeated failed sign-ins");
            return new SignInCheck(SignInCheck.Status.LOCKED, staff.getLockedUntil());
        }
        return SignInCheck.of(SignInCheck.Status.READY);
    }

    /** Records a successful sign-in of the current caller. */
    @PermitAll
    public Staff recordSignIn() {
        String username = context.getCallerPrincipal().getName();
        Staff staff = findByUsernameForUpdate(username)
                .orElseThrow(() -> new NotFoundException("staff.notFound", username));

        staff.recordSuccess(now());
        audit.record("STAFF_SIGNED_IN", SUBJECT, username, null);
        return staff;
    }

    /** Records that the current caller signed out. */
    @PermitAll
    public void recordSignOut() {
        String username = context.getCallerPrincipal().getName();
        audit.record("STAFF_SIGNED_OUT", SUBJECT, username, null);
    }

    @PermitAll
    public Optional<Staff> findByUsername(String username) {
        return em.createNamedQuery("Staff.findByUsername", Staff.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The signed-in member of staff. */
    @PermitAll
    public Staff getCurrent() {
        String username = context.getCallerPrincipal().getName();
        return findByUsername(username).orElseThrow(() -> new NotFoundException("staff.notFound", username));
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Staff> listAll() {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultList();
    }

    /** Creates an account; the administrator hands the initial password to its owner. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff create(StaffDetails details, char[] initialPassword) {
        if (!USERNAME.matcher(details.username()).matches()) {
            throw new GovFlowException("staff.username.invalid", details.username());
        }
        if (findByUsername(details.username()).isPresent()) {
            throw new GovFlowException("staff.username.taken", details.username());
        }
        checkPasswordStrength(initialPassword);

        Staff staff = new Staff(details.username(), details.fullName(), PasswordHasher.hash(initialPassword), now());
        apply(staff, details);
        em.persist(staff);

        audit.record("STAFF_CREATED", SUBJECT, staff.getUsername(), describe(staff));
        LOG.info(() -> "Staff account " + staff.getUsername() + " created");
        return staff;
    }

    /** Changes name, contact, department, post and roles of an account. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff update(StaffDetails details) {
        Staff staff = get(details.username());

        apply(staff, details);

        audit.record("STAFF_UPDATED", SUBJECT, staff.getUsername(), describe(staff));
        return staff;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff disable(String username) {
        Staff staff = get(username);
        if (username.equals(context.getCallerPrincipal().getName())) {
            throw new GovFlowException("staff.disable.self");
        }

        staff.setEnabled(false);

        audit.record("STAFF_DISABLED", SUBJECT, username, null);
        return staff;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff enable(String username) {
        Staff staff = get(username);

        staff.setEnabled(true);
        staff.unlock();

        audit.record("STAFF_ENABLED", SUBJECT, username, null);
        return staff;
    }

    /** Sets a new password chosen by the administrator, and lifts any lock. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Staff resetPassword(String username, char[] newPassword) {
        Staff staff = get(username);
        checkPasswordStrength(newPassword);

        staff.setPasswordHash(PasswordHasher.hash(newPassword));
        staff.unlock();

        audit.record("STAFF_PASSWORD_RESET", SUBJECT, username, null);
        return staff;
    }

    /**
     * The enabled department heads of a department who have an email address; whom supervision writes to.
     * Open to all because the deadline watch, which runs as nobody, asks it.
     */
    @PermitAll
    public List<Staff> listDepartmentHeadsWithEmail(String departmentCode) {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream()
                .filter(s -> s.isEnabled() && s.getEmail() != null && s.hasRole(Role.DEPARTMENT_HEAD))
                .filter(s -> s.getDepartment() != null && s.getDepartment().getCode().equals(departmentCode))
                .toList();
    }

    @PermitAll
    public long count() {
        return em.createNamedQuery("Staff.count", Long.class).getSingleResult();
    }

    private Staff get(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException("staff.notFound", username));
    }

    private Optional<Staff> findByUsernameForUpdate(String username) {
        return findByUsername(username).map(s -> em.find(Staff.class, s.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    private void apply(Staff staff, StaffDetails details) {
        staff.setFullName(details.fullName());
        staff.setEmail(blankToNull(details.email()));
        staff.setPhone(blankToNull(details.phone()));
        staff.setPost(blankToNull(details.post()));
        staff.setDepartment(details.departmentCode() == null || details.departmentCode().isBlank() ? null
                : catalogService.findDepartment(details.departmentCode())
                        .orElseThrow(() -> new NotFoundException("department.notFound", details.departmentCode())));
        staff.setRoles(details.roles());
    }

    private static void checkPasswordStrength(char[] password) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (password.length < MIN_PASSWORD_LENGTH || !letter || !digit) {
            throw new GovFlowException("staff.password.weak", MIN_PASSWORD_LENGTH);
        }
    }

    private static String describe(Staff staff) {
        Set<String> roles = staff.getRoles().stream()
                .map(Role::roleName)
                .collect(Collectors.toCollection(TreeSet::new));
        return "department=" + (staff.getDepartment() == null ? "-" : staff.getDepartment().getCode())
                + " roles=" + roles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
