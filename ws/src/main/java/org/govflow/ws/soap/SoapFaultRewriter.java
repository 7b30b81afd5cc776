package org.govflow.ws.soap;

import jakarta.xml.bind.UnmarshalException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.govflow.ws.error.ErrorCode;
import org.govflow.ws.error.Failure;
import org.govflow.ws.error.InteropMessages;
import org.govflow.ws.soap.v1.GovFlowFault_Exception;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every SOAP fault the shape of the declared GovFlowFault. CXF answers a malformed message or an
 * unknown operation with its own fault, whose text names parser internals; this interceptor, first in the
 * out-fault chain, replaces such a fault's text and detail with a stable code and a Chinese message, and
 * makes faults of the caller's making {@code soap:Client} faults. Declared faults pass unchanged.
 */
public class SoapFaultRewriter extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = Logger.getLogger(SoapFaultRewriter.class.getName());

    private static final String NAMESPACE = "urn:govflow:interop:v1";

    /** CXF's message keys for a body element that names no operation of the service. */
    private static final Set<String> UNKNOWN_OPERATION = Set.of("UNEXPECTED_ELEMENT", "NO_PART_FOUND",
            "UNEXPECTED_WRAPPER_ELEMENT", "NO_OPERATION_FOUND");

    public SoapFaultRewriter() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        Exception exception = message.getContent(Exception.class);
        Fault fault = exception instanceof Fault f ? f : new Fault(exception);

        if (fault.getCause() instanceof GovFlowFault_Exception declared) {
            if (declared.getFaultInfo().getCode().startsWith("GF-4")) {
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            }
            return;
        }

        Failure failure = classify(fault);
        String text = failure.message(InteropMessages.CHINESE);
        fault.setMessage(text);
        fault.setFaultCode(failure.status() < 500 ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        fault.setDetail(null);
        describe(fault.getOrCreateDetail(), failure, text);
        message.setContent(Exception.class, fault);
    }

    private static Failure classify(Fault fault) {
        LOG.log(Level.FINE, "SOAP request refused by CXF ({0}): {1}",
                new Object[] {fault.getCode(), fault.getMessage()});
        NumberFormatException number = cause(fault, NumberFormatException.class);
        if (number != null) {
            return new Failure(ErrorCode.INVALID_NUMBER.code(), 400, "error.invalidNumberInMessage",
                    List.of(offendingText(number)), List.of(), null);
        }
        if (UNKNOWN_OPERATION.contains(fault.getCode())) {
            return Failure.of(ErrorCode.UNKNOWN_OPERATION);
        }
        if (cause(fault, UnmarshalException.class) != null) {
            return Failure.of(ErrorCode.INVALID_REQUEST);
        }
        if (cause(fault, XMLStreamException.class) != null || cause(fault, SAXException.class) != null) {
            return Failure.of(ErrorCode.MALFORMED_XML);
        }
        if (isClientFault(fault.getFaultCode())) {
            return Failure.of(ErrorCode.INVALID_REQUEST);
        }
        return Failure.incident(fault);
    }

    /** The text after the last colon of "Not a number: abc" or 'For input string: "abc"', shortened. */
    private static String offendingText(NumberFormatException e) {
        String message = String.valueOf(e.getMessage());
        String text = message.substring(message.lastIndexOf(':') + 1).replace("\"", "").strip();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static boolean isClientFault(QName code) {
        return code != null && ("client".equalsIgnoreCase(code.getLocalPart())
                || "sender".equalsIgnoreCase(code.getLocalPart()));
    }

    /** The first cause of a type, looking into JAXB's linked exceptions too; null if there is none. */
    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause instanceof UnmarshalException e && e.getLinkedException() != null
                    && e.getLinkedException() != e.getCause()) {
                T linked = cause(e.getLinkedException(), type);
                if (linked != null) {
                    return linked;
                }
            }
        }
        return null;
    }

    /** Fills {@code <detail>} with {@code <gf:GovFlowFault>}: code, message and any incident id. */
    private static void describe(Element detail, Failure failure, String text) {
        Element info = detail.getOwnerDocument().createElementNS(NAMESPACE, "gf:GovFlowFault");
        append(info, "code", failure.code());
        append(info, "message", text);
        if (failure.incidentId() != null) {
            append(info, "incidentId", failure.incidentId());
        }
        detail.appendChild(info);
    }

    private static void append(Element parent, String name, String value) {
        Element child = parent.getOwnerDocument().createElementNS(NAMESPACE, "gf:" + name);
        child.setTextContent(value);
        parent.appendChild(child);
    }
}
