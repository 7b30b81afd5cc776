package org.govflow.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.List;

/**
 * A business rule refused a request. It carries a message key of the user's resource bundle and its
 * arguments, so each boundary (Faces page, SOAP fault, REST problem) can say it in the user's language.
 * Throwing it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class GovFlowException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public GovFlowException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
