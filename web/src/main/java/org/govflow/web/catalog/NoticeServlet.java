package org.govflow.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govflow.catalog.CatalogService;
import org.govflow.platform.NotFoundException;
import org.govflow.web.ContentDisposition;

import java.io.IOException;
import java.io.Serial;

/**
 * The printable one-time notice (一次性告知单) of an item's published version, as PDF, for anyone:
 * /catalog/notice.pdf?code=SCJ-001.
 */
@WebServlet(urlPatterns = "/catalog/notice.pdf")
public class NoticeServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalogService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        byte[] pdf;
        try {
            pdf = code == null || code.isBlank() ? null : catalogService.renderNotice(code.strip());
        } catch (NotFoundException unknownItem) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", ContentDisposition.inline("一次性告知单-" + code.strip() + ".pdf"));
        response.getOutputStream().write(pdf);
    }
}
