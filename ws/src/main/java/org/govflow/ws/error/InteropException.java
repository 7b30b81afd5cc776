package org.govflow.ws.error;

import java.io.Serial;
import java.util.List;

/**
 * A caller's request cannot be served as sent (a malformed date, a number out of range). Thrown by the
 * ws module only, before any service is called; the arguments fill the code's message.
 */
public class InteropException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final transient List<Object> arguments;

    public InteropException(ErrorCode errorCode, Object... arguments) {
        super(errorCode.code());
        this.errorCode = errorCode;
        this.arguments = List.of(arguments);
    }

    public ErrorCode getErrorCode() {
        return errorCode;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
