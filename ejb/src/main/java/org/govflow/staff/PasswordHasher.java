package org.govflow.staff;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;

/**
 * Hashes staff passwords with bcrypt through Elytron, in the modular-crypt form that the server's JDBC
 * realm reads. GovFlow only ever writes hashes; checking a password is Elytron's job at sign-in.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 50 ms on one core. */
    static final int COST = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    /** The modular-crypt string ("$2a$10$...") for a clear-text password. */
    public static String hash(char[] clear) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);

        try {
            PasswordFactory factory = factory();
            Password password = factory.generatePassword(new EncryptablePasswordSpec(clear,
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether a clear-text password matches a stored hash; for tests and diagnostics. */
    public static boolean matches(char[] clear, String hash) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, clear);
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
    }
}
