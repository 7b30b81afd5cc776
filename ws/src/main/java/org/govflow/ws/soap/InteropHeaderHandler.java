package org.govflow.ws.soap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.Node;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPHeaderElement;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import org.govflow.ws.security.InteropAudit;
import org.govflow.ws.security.InteropHeaders;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;

/**
 * Reads the X-Road style headers of a request (namespace {@value #NAMESPACE}), writes the call to the audit
 * log with them, and echoes them in the response, a fault included. Declaring the headers as understood
 * lets callers mark them mustUnderstand.
 */
public class InteropHeaderHandler implements SOAPHandler<SOAPMessageContext> {

    public static final String NAMESPACE = "urn:govflow:interop:headers:v1";

    private static final Logger LOG = Logger.getLogger(InteropHeaderHandler.class.getName());

    /** Where the request's headers wait, in the message context, for the response. */
    private static final String HEADERS = InteropHeaderHandler.class.getName() + ".headers";

    private static final Set<QName> UNDERSTOOD = InteropHeaders.NAMES.stream()
            .map(name -> new QName(NAMESPACE, name))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<QName> getHeaders() {
        return UNDERSTOOD;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            echo(context);
        } else {
            InteropHeaders headers = read(context.getMessage());
            context.put(HEADERS, headers);
            audit(context, headers);
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        echo(context);
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    private static InteropHeaders read(SOAPMessage message) {
        Map<String, String> values = new HashMap<>();
        try {
            SOAPHeader header = message.getSOAPHeader();
            if (header != null) {
                for (Iterator<Node> it = header.getChildElements(); it.hasNext(); ) {
                    if (it.next() instanceof SOAPElement element && NAMESPACE.equals(element.getNamespaceURI())) {
                        values.put(element.getLocalName(), element.getTextContent());
                    }
                }
            }
        } catch (SOAPException e) {
            LOG.log(Level.FINE, "Request without readable headers", e);
        }
        return new InteropHeaders(values);
    }

    private static void audit(SOAPMessageContext context, InteropHeaders headers) {
        HttpServletRequest request = (HttpServletRequest) context.get(MessageContext.SERVLET_REQUEST);
        boolean authenticated = request != null && request.getUserPrincipal() != null;
        CDI.current().select(InteropAudit.class).get()
                .record("SOAP " + operation(context.getMessage()), authenticated, headers);
    }

    /** The operation as the caller named it: the body's first element, whether or not it exists. */
    private static String operation(SOAPMessage message) {
        try {
            SOAPBody body = message.getSOAPBody();
            for (Iterator<Node> it = body.getChildElements(); it.hasNext(); ) {
                if (it.next() instanceof SOAPElement element) {
                    return element.getLocalName();
                }
            }
        } catch (SOAPException e) {
            LOG.log(Level.FINE, "Request without a readable body", e);
        }
        return "?";
    }

    private static void echo(SOAPMessageContext context) {
        if (!(context.get(HEADERS) instanceof InteropHeaders headers) || headers.isEmpty()) {
            return;
        }
        try {
            SOAPMessage message = context.getMessage();
            SOAPHeader header = message.getSOAPHeader() != null ? message.getSOAPHeader()
                    : message.getSOAPPart().getEnvelope().addHeader();
            for (Map.Entry<String, String> value : headers.values().entrySet()) {
                SOAPHeaderElement element = header.addHeaderElement(new QName(NAMESPACE, value.getKey(), "xrd"));
                element.addTextNode(value.getValue());
            }
            message.saveChanges();
        } catch (SOAPException e) {
            LOG.log(Level.WARNING, "Could not echo the interop headers in the response", e);
        }
    }
}
