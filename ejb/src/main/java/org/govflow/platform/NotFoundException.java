package org.govflow.platform;

import java.io.Serial;

/** What was asked for by code or id does not exist. */
public class NotFoundException extends GovFlowException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
