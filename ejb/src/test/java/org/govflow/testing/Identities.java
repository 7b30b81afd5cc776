package org.govflow.testing;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Signs in through the deployment's real Elytron domain (the JDBC realm over the staff table), so
 * container tests act as a given member of staff exactly as a sign-in would.
 */
public final class Identities {

    public static final String DEMO_PASSWORD = "GovFlow2026";

    private Identities() {
    }

    /** The identity the realm grants for this username and password; throws SecurityException if refused. */
    public static SecurityIdentity signIn(String username, String password) {
        try {
            return SecurityDomain.getCurrent().authenticate(username,
                    new PasswordGuessEvidence(password.toCharArray()));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the staff realm is unavailable", e);
        }
    }

    /** Whether the realm accepts this username and password now. */
    public static boolean accepts(String username, String password) {
        try {
            signIn(username, password);
            return true;
        } catch (SecurityException refused) {
            return false;
        }
    }

    /** Runs an action as a demo account. */
    public static <T> T as(String username, Callable<T> action) throws Exception {
        return signIn(username, DEMO_PASSWORD).runAs(action);
    }
}
