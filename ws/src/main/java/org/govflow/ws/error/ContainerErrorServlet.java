package org.govflow.ws.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * interop role, 404 outside the REST paths) becomes a problem+json body with a stable code.
 */
@WebServlet(name = "ContainerErrorServlet", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/problem";

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
        Problem problem = Problem.of(failure, InteropMessages.choose(languages));
        response.setStatus(failure.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
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
