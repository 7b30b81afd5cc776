package org.govflow.complaint;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the complainant takes away after filing: the complaint number and the query password. The password
 * exists only here; GovFlow keeps nothing but its hash, so it is shown once. A class with getters rather
 * than a record, because pages read it through Expression Language 5, which knows no record accessors.
 */
public final class ComplaintReceipt implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String number;
    private final String password;

    public ComplaintReceipt(String number, String password) {
        this.number = Objects.requireNonNull(number, "number");
        this.password = Objects.requireNonNull(password, "password");
    }

    public String getNumber() {
        return number;
    }

    public String getPassword() {
        return password;
    }
}
