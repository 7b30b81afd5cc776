package org.govflow.web.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.FormDownload;
import org.govflow.web.ContentDisposition;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * Serves the blank forms of the catalogue to anyone at /forms/&lt;file name&gt;, under their real Chinese
 * names and with their own content type.
 */
@WebServlet(urlPatterns = "/forms/*")
public class FormDownloadServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogService catalogService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        Optional<FormDownload> form = name.isEmpty() || name.contains("/") ? Optional.empty()
                : catalogService.findFormDownload(name);
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        byte[] content = form.get().content();
        response.setContentType(form.get().contentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(form.get().fileName()));
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getOutputStream().write(content);
    }
}
