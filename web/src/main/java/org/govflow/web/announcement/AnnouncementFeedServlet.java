package org.govflow.web.announcement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govflow.announcement.Announcement;
import org.govflow.announcement.AnnouncementFilter;
import org.govflow.announcement.AnnouncementService;
import org.govflow.platform.Settings;
import org.govflow.web.Messages;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Serial;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The published decisions as an Atom feed (/announcements.atom), newest first, written with StAX so every
 * text is escaped, in UTF-8. The feed is in Chinese, the centre's language.
 */
@WebServlet(urlPatterns = "/announcements.atom")
public class AnnouncementFeedServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(AnnouncementFeedServlet.class.getName());
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;
    private static final Locale FEED_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    @Inject
    private AnnouncementService announcementService;

    @Inject
    private Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Announcement> latest = announcementService.search(AnnouncementFilter.ALL, 0, ENTRIES);
        String xml;
        try {
            xml = feed(latest);
        } catch (XMLStreamException e) {
            LOG.log(Level.SEVERE, "Atom feed could not be written", e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private String feed(List<Announcement> entries) throws XMLStreamException {
        String base = settings.publicBaseUrl();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", base + "/announcements.atom");
        element(xml, "title", Messages.text(FEED_LOCALE, "announcements.feed.title"));
        OffsetDateTime updated = entries.isEmpty() ? OffsetDateTime.now(ZoneOffset.UTC)
                : entries.get(0).getPublishedAt();
        element(xml, "updated", stamp(updated));
        link(xml, "self", base + "/announcements.atom");
        link(xml, "alternate", base + "/announcements.xhtml");

        for (Announcement a : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", base + "/announcements.atom#" + a.getId());
            element(xml, "title", Messages.text(FEED_LOCALE, "announcements.feed.entry",
                    a.getItemName(), Messages.text(FEED_LOCALE, "query.decision." + a.getDecision()),
                    a.getApplicantName()));
            element(xml, "updated", stamp(a.getPublishedAt()));
            link(xml, "alternate", base + "/announcements.xhtml");
            xml.writeStartElement("author");
            element(xml, "name", a.getDepartmentName());
            xml.writeEndElement();
            element(xml, "summary", a.getDepartmentName() + " · " + a.getItemName() + " · " + a.getApplicantName()
                    + " · " + Messages.text(FEED_LOCALE, "query.decision." + a.getDecision()) + " · "
                    + a.getDecidedOn() + " · " + a.getDocumentNumber());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String stamp(OffsetDateTime instant) {
        return instant.withOffsetSameInstant(ZoneOffset.UTC).format(RFC_3339);
    }
}
