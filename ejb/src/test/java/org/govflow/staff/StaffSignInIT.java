package org.govflow.staff;

import jakarta.inject.Inject;
import org.govflow.audit.AuditEntry;
import org.govflow.audit.AuditLog;
import org.govflow.platform.GovFlowException;
import org.govflow.testing.Identities;
import org.govflow.testing.ServiceDeployment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govflow.testing.Identities.accepts;
import static org.govflow.testing.Identities.as;

/**
 * Sign-in against the real Elytron JDBC realm: wrong passwords, disabled and locked accounts, and the
 * audit entries each one leaves.
 */
class StaffSignInIT extends ServiceDeployment {

    private static final String PASSWORD = "Window2026";

    @Inject
    private StaffService staffService;

    @Inject
    private AuditLog auditLog;

    @Test
    void wrongPasswordIsRejectedAndAudited() throws Exception {
        String username = newAccount();

        boolean accepted = accepts(username, "not-" + PASSWORD);
        staffService.recordFailedSignIn(username);

        assertThat(accepted).isFalse();
        assertThat(accepts(username, PASSWORD)).isTrue();
        assertThat(actionsOn(username)).containsSubsequence("STAFF_CREATED", "STAFF_SIGN_IN_FAILED");
        AuditEntry failure = entry(username, "STAFF_SIGN_IN_FAILED");
        assertThat(failure.getActor()).isEqualTo(username);
        assertThat(failure.getDetail()).doesNotContain(PASSWORD);
    }

    @Test
    void disabledAccountIsRefusedByTheRealmAndAudited() throws Exception {
        String username = newAccount();

        as("admin", () -> staffService.disable(username));
        SignInCheck check = staffService.checkSignIn(username);

        assertThat(accepts(username, PASSWORD)).as("realm refuses a disabled account").isFalse();
        assertThat(check.status()).isEqualTo(SignInCheck.Status.DISABLED);
        assertThat(entry(username, "STAFF_DISABLED").getActor()).isEqualTo("admin");
        assertThat(entry(username, "STAFF_SIGN_IN_REFUSED").getDetail()).isEqualTo("account disabled");

        as("admin", () -> staffService.enable(username));
        assertThat(accepts(username, PASSWORD)).as("enabled again").isTrue();
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
        String username = newAccount();

        SignInCheck last = null;
        for (int attempt = 1; attempt <= StaffService.LOCK_THRESHOLD; attempt++) {
            assertThat(accepts(username, "wrong" + attempt)).isFalse();
            last = staffService.recordFailedSignIn(username);
        }

        assertThat(last.status()).isEqualTo(SignInCheck.Status.LOCKED);
        assertThat(accepts(username, PASSWORD)).as("realm refuses a locked account").isFalse();
        assertThat(staffService.checkSignIn(username).status()).isEqualTo(SignInCheck.Status.LOCKED);
        assertThat(actionsOn(username)).containsOnlyOnce("STAFF_LOCKED");

        as("admin", () -> staffService.resetPassword(username, "Fresh2026x".toCharArray()));
        assertThat(accepts(username, "Fresh2026x")).isTrue();
        assertThat(accepts(username, PASSWORD)).isFalse();
    }

    @Test
    void onlyAnAdministratorManagesAccountsAndWeakInputIsRefused() throws Exception {
        StaffDetails details = details("x" + UUID.randomUUID().toString().substring(0, 8));

        assertThatThrownBy(() -> as("clerk", () -> staffService.create(details, PASSWORD.toCharArray())))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> as("admin", () -> staffService.create(details, "short1".toCharArray())))
                .isInstanceOfSatisfying(GovFlowException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("staff.password.weak"));
        assertThatThrownBy(() -> as("admin", () -> staffService.create(details("Bad Name"), PASSWORD.toCharArray())))
                .isInstanceOfSatisfying(GovFlowException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("staff.username.invalid"));
        assertThat(staffService.findByUsername(details.username())).isEmpty();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() throws Exception {
        String username = newAccount();

        Staff staff = staffService.findByUsername(username).orElseThrow();

        assertThat(staff.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(PasswordHasher.matches(PASSWORD.toCharArray(), staff.getPasswordHash())).isTrue();
    }

    private String newAccount() throws Exception {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        as("admin", () -> staffService.create(details(username), PASSWORD.toCharArray()));
        return username;
    }

    private static StaffDetails details(String username) {
        return new StaffDetails(username, "测试窗口", null, null, null, "综合受理窗口", Set.of(Role.WINDOW_CLERK));
    }

    private List<String> actionsOn(String username) throws Exception {
        return as("admin", () -> auditLog.listBySubject("staff", username)).stream()
                .map(AuditEntry::getAction)
                .toList();
    }

    private AuditEntry entry(String username, String action) throws Exception {
        return as("admin", () -> auditLog.listBySubject("staff", username)).stream()
                .filter(e -> e.getAction().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " entry for " + username));
    }
}
