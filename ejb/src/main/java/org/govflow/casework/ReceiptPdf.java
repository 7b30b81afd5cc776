package org.govflow.casework;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.govflow.platform.PdfLayout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders the acceptance receipt (受理回执) the window prints for the applicant: acceptance number, the query
 * password, item, applicant, when it was accepted, the promised and legal completion dates, and a QR code of
 * the public query address. It is drawn from an {@link Acceptance}, the only place the password exists in
 * clear, so it can be printed only while the clerk's screen still holds it. Chinese text is set in the font
 * {@link PdfLayout} embeds.
 */
public final class ReceiptPdf {

    /** Side of the QR code on paper, in points (about 3.5 cm). */
    private static final float QR_POINTS = 100;
    private static final int QR_PIXELS = 400;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.govflow.casework.ReceiptPdf",
            Locale.ROOT);

    private ReceiptPdf() {
    }

    /**
     * The receipt of an acceptance just made.
     *
     * @param zone the centre's zone, in which the acceptance instant is printed
     */
    public static byte[] render(Acceptance acceptance, ZoneId zone) {
        Receipt receipt = acceptance.receipt();
        PdfLayout layout = new PdfLayout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("receipt.title") + " - " + receipt.acceptanceNumber());
            document.open();

            Paragraph heading = new Paragraph(text("receipt.title"), layout.title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);

            document.add(facts(acceptance, zone, layout));
            if (!receipt.calendarMissingYears().isEmpty()) {
                document.add(new Paragraph(text("receipt.calendarMissing", receipt.calendarMissingYears().stream()
                        .map(String::valueOf).collect(Collectors.joining("、"))), layout.small));
            }
            if (receipt.pendingCorrection()) {
                document.add(layout.section(text("receipt.missingMaterials")));
                for (String material : receipt.missingMaterials()) {
                    document.add(new Paragraph("· " + material, layout.body));
                }
            }

            Image qr = Image.getInstance(QrCodes.png(receipt.queryUrl(), QR_PIXELS));
            qr.scaleAbsolute(QR_POINTS, QR_POINTS);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(16);
            document.add(qr);
            Paragraph scan = new Paragraph(text("receipt.scan"), layout.small);
            scan.setAlignment(Element.ALIGN_CENTER);
            document.add(scan);

            Paragraph footer = new Paragraph(text("receipt.footer"), layout.small);
            footer.setSpacingBefore(14);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the receipt of " + receipt.acceptanceNumber(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the QR code of " + receipt.acceptanceNumber(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable facts(Acceptance acceptance, ZoneId zone, PdfLayout layout) {
        Receipt receipt = acceptance.receipt();
        String provisional = receipt.pendingCorrection() ? text("receipt.provisional") : "";
        PdfPTable table = layout.facts();
        layout.row(table, text("receipt.number"), receipt.acceptanceNumber(), layout.strong);
        layout.row(table, text("receipt.password"), acceptance.queryPassword(), layout.strong);
        layout.row(table, text("receipt.item"), receipt.itemCode() + " " + receipt.itemName());
        layout.row(table, text("receipt.applicant"), receipt.applicantName());
        layout.row(table, text("receipt.acceptedAt"), INSTANT.format(receipt.acceptedAt().atZoneSameInstant(zone)));
        layout.row(table, text("receipt.promisedDue"), date(receipt.promisedDueDate()) + provisional);
        layout.row(table, text("receipt.legalDue"), date(receipt.legalDueDate()) + provisional);
        layout.row(table, text("receipt.queryUrl"), receipt.queryUrl());
        return table;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE)
                .format(arguments);
    }
}
