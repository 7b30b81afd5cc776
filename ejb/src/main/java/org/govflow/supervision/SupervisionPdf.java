package org.govflow.supervision;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.govflow.casework.Case;
import org.govflow.casework.CaseStep;
import org.govflow.casework.StepAction;
import org.govflow.casework.Suspension;
import org.govflow.platform.CjkFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Prints a case analysis and an efficiency report as A4 landscape PDFs in Chinese, in the CJK font GovFlow
 * embeds ({@link CjkFont}), with headings from the bundle {@code org/govflow/supervision/SupervisionReports}.
 */
final class SupervisionPdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", CHINESE);

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.govflow.supervision.SupervisionReports",
            CHINESE);
    private final Font title = new Font(CjkFont.base(), 16, Font.NORMAL, new Color(0x9b, 0x1c, 0x1c));
    private final Font body = new Font(CjkFont.base(), 9, Font.NORMAL, Color.BLACK);
    private final Font heading = new Font(CjkFont.base(), 9, Font.NORMAL, Color.DARK_GRAY);
    private final ZoneId zone;

    SupervisionPdf(ZoneId zone) {
        this.zone = zone;
    }

    byte[] caseAnalysis(Case caseFile, List<StepAction> actions, List<Card> cards, List<Urge> urges) {
        return render(format("case.title", caseFile.getAcceptanceNumber()), document -> {
            document.add(new Paragraph(format("case.summary", caseFile.getItemName(), caseFile.getState(),
                    time(caseFile.getAcceptedAt()), text(caseFile.getPromisedDueDate()),
                    text(caseFile.getWorkingDaysUsed()), caseFile.getSuspendedWorkingDays(),
                    text(caseFile.getFeeAmount())), body));
            List<List<Object>> steps = new ArrayList<>();
            for (CaseStep s : caseFile.getSteps()) {
                steps.add(List.of(s.getSeq() + " " + s.getName(), s.getDepartmentName(), s.getPost(),
                        text(s.getPerson()), s.getRuns(), s.getDaysUsed(), s.getLimitDays(),
                        s.getDeadline().getState()));
            }
            table(document, "case.steps", steps);
            List<List<Object>> rows = new ArrayList<>();
            for (StepAction a : actions) {
                rows.add(List.of(time(a.getActedAt()), a.getStep().getSeq() + " " + a.getStep().getName(),
                        a.getType(), a.getActor(), a.getClientAddress(), text(a.getDueDate()),
                        text(a.getTimeliness()), text(a.getNote())));
            }
            table(document, "case.actions", rows);
            List<List<Object>> suspensions = new ArrayList<>();
            for (Suspension s : caseFile.getSuspensions()) {
                suspensions.add(List.of(s.getStep().getSeq(), s.getReason(), text(s.getWorkingDays())));
            }
            table(document, "case.suspensions", suspensions);
            List<List<Object>> cardRows = new ArrayList<>();
            for (Card c : cards) {
                cardRows.add(List.of(bundle.getString("kind." + c.getKind().name()), c.getDepartmentName(),
                        c.getPost(), text(c.getPerson()), time(c.getIssuedAt())));
            }
            table(document, "case.cards", cardRows);
            List<List<Object>> urgeRows = new ArrayList<>();
            for (Urge u : urges) {
                urgeRows.add(List.of(time(u.getUrgedAt()), u.getDepartmentCode(), u.getUrgedBy(), u.getNote()));
            }
            table(document, "case.urges", urgeRows);
        });
    }

    byte[] report(EfficiencyReport report) {
        return render(format("title", report.from(), report.to()), document -> {
            efficiency(document, bundle.getString("sheet.departments"), bundle.getString("heading.department"),
                    report.departments());
            efficiency(document, bundle.getString("sheet.people"), bundle.getString("heading.person"),
                    report.people());
        });
    }

    private void efficiency(Document document, String name, String nameHeading, List<EfficiencyRow> lines)
            throws DocumentException {
        document.add(new Paragraph(name, heading));
        float[] widths = new float[EfficiencyWorkbook.COLUMNS.length + 1];
        Arrays.fill(widths, 1f);
        widths[0] = 3f;
        widths[1] = 1.5f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.addCell(cell(nameHeading, heading));
        for (String column : EfficiencyWorkbook.COLUMNS) {
            table.addCell(cell(bundle.getString("heading." + column), heading));
        }
        for (EfficiencyRow r : lines) {
            for (Object value : new Object[] {r.name(), r.key(), r.accepted(), r.completed(), r.early(), r.onTime(),
                r.late(), r.overdue(), r.onTimeRate(), r.averageWorkingDays(), r.yellowCards(), r.redCards(),
                r.fees()}) {
                table.addCell(cell(text(value), body));
            }
        }
        document.add(table);
    }

    private void table(Document document, String key, List<List<Object>> rows) throws DocumentException {
        document.add(new Paragraph(bundle.getString(key), heading));
        String[] columns = bundle.getString(key + ".columns").split("\\|");
        PdfPTable table = new PdfPTable(columns.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (String column : columns) {
            table.addCell(cell(column, heading));
        }
        for (List<Object> row : rows) {
            row.forEach(value -> table.addCell(cell(text(value), body)));
        }
        document.add(table);
    }

    private byte[] render(String documentTitle, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(documentTitle);
            document.open();
            Paragraph top = new Paragraph(documentTitle, title);
            top.setSpacingAfter(8);
            document.add(top);
            content.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + documentTitle, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xd9, 0xdd, 0xe3));
        return cell;
    }

    private String time(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(zone).format(TIME);
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), CHINESE).format(arguments);
    }

    /** What goes below the title. */
    @FunctionalInterface
    private interface Content {
        void write(Document document) throws DocumentException;
    }
}
