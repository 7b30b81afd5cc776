package org.govflow.supervision;

/** What one pass of card issuing did: cards issued of each kind and mails put in the outbox. */
public record CardPassResult(int yellowLights, int yellowCards, int redCards, int mails) {

    public boolean changedAnything() {
        return yellowLights + yellowCards + redCards > 0;
    }
}
