package org.govflow.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * Who acts, from which client address, at which instant; taken from the action's audit entry so the
 * action row and the audit log always agree.
 */
record Actor(String username, String clientAddress, Instant at) {

    Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(at, "at");
    }
}
