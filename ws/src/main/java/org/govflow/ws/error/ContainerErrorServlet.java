package org.govflow.ws.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.Serial;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the ws module (see web.xml): what the container answers before JAX-RS or the SOAP
 * stack runs (401 for an unknown or disabled client, 403 for a signed-in member of staff without the
 * interop role, 404 outside the REST paths) becomes a problem+json body with a stable code, or on the SOAP
 * address a SOAP fault with the same code.
 */
@WebServlet(name = "ContainerErrorServlet", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/problem";

    /** Where the SOAP endpoint lives in this module (see web.xml). */
    private static final String SOAP_PATH = "/soap/";

    private static final String FAULT_NAMESPACE = "urn:govflow:interop:v1";

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    private transient Jsonb jsonb;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);

        // TODO: count failed Basic sign-ins toward the account lock, as the staff sign-in page does
        Failure failure;
        if (cause instanceof Throwable throwable) {
            failure = Failure.from(throwable);
        } else {
            int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
            failure = Failure.of(ErrorCode.ofStatus(code));
            LOG.log(Level.FINE, "Container answered {0} to {1}",
                    new Object[] {code, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)});
        }

        // without the header the container would offer its own default locale, which must not decide
        List<Locale> languages = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        Locale language = InteropMessages.choose(languages);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + SOAP_PATH)) {
            writeSoapFault(response, failure, language);
            return;
        }
        Problem problem = Problem.of(failure, language);
        response.setStatus(failure.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
    }

    /**
     * A SOAP client gets a SOAP 1.1 fault with the same detail as the service's declared faults, so that a
     * wrong password reads like every other refusal of the SOAP interface. The HTTP status stays the
     * container's (401 asks for credentials).
     */
    private static void writeSoapFault(HttpServletResponse response, Failure failure, Locale language)
            throws IOException {
        try {
            SOAPMessage message = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createMessage();
            String text = failure.message(language);
            String faultCode = failure.status() < HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? "Client" : "Server";
            SOAPFault fault = message.getSOAPBody().addFault(
                    new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, faultCode), text, language);
            SOAPElement detail = fault.addDetail().addChildElement(new QName(FAULT_NAMESPACE, "GovFlowFault"));
            detail.addChildElement(new QName(FAULT_NAMESPACE, "code")).addTextNode(failure.code());
            detail.addChildElement(new QName(FAULT_NAMESPACE, "message")).addTextNode(text);
            message.saveChanges();
            response.setStatus(failure.status());
            response.setContentType("text/xml; charset=UTF-8");
            message.writeTo(response.getOutputStream());
        } catch (SOAPException e) {
            throw new IOException("cannot write the SOAP fault " + failure.code(), e);
        }
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            LOG.log(Level.FINE, "Closing JSON-B on undeploy failed; nothing to clean up", ignored);
        }
    }
}
