package org.govflow.it;

import jakarta.xml.soap.Node;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;

import javax.xml.namespace.QName;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A calling system's side of GovFlow's X-Road style headers: adds the given headers to each request and
 * keeps those of the last response.
 */
final class InteropHeadersHandler implements SOAPHandler<SOAPMessageContext> {

    static final String NAMESPACE = "urn:govflow:interop:headers:v1";

    private final Map<String, String> outgoing;
    private final Map<String, String> received = new LinkedHashMap<>();

    InteropHeadersHandler(Map<String, String> outgoing) {
        this.outgoing = outgoing;
    }

    /** The headers of the last response, by local name. */
    Map<String, String> received() {
        return received;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        try {
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                SOAPMessage message = context.getMessage();
                SOAPHeader header = message.getSOAPHeader() != null ? message.getSOAPHeader()
                        : message.getSOAPPart().getEnvelope().addHeader();
                for (Map.Entry<String, String> value : outgoing.entrySet()) {
                    header.addHeaderElement(new QName(NAMESPACE, value.getKey(), "xrd")).addTextNode(value.getValue());
                }
                message.saveChanges();
            } else {
                keep(context.getMessage());
            }
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot handle the SOAP headers", e);
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        try {
            keep(context.getMessage());
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot handle the SOAP headers", e);
        }
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    private void keep(SOAPMessage message) throws SOAPException {
        received.clear();
        SOAPHeader header = message.getSOAPHeader();
        if (header == null) {
            return;
        }
        for (Iterator<Node> it = header.getChildElements(); it.hasNext(); ) {
            if (it.next() instanceof SOAPElement element && NAMESPACE.equals(element.getNamespaceURI())) {
                received.put(element.getLocalName(), element.getTextContent());
            }
        }
    }
}
