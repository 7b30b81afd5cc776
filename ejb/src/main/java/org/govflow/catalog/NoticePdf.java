package org.govflow.catalog;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.govflow.platform.CjkFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Renders the printable one-time notice (一次性告知单) of an item version: everything an applicant must
 * bring and know (item, department, materials with form and copies, limits, fees, phone, where to apply).
 * Chinese text is set in WenQuanYi Micro Hei, which ships inside GovFlow (src/main/resources/fonts) and is
 * embedded in every PDF, so the notice prints the same on any machine. The window clerk's notice of
 * missing materials renders through {@link #renderMissing}. The version must have its item, department,
 * materials and steps loaded (as {@link CatalogService#getVersion} returns it).
 */
public final class NoticePdf {

    /** The bundled CJK font (see {@link CjkFont}). */
    static final String FONT_RESOURCE = CjkFont.RESOURCE;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Color RULE = new Color(0x9b, 0x1c, 0x1c);

    private NoticePdf() {
    }

    /** The full notice of an item version, as the public item page offers it. */
    public static byte[] render(ItemVersion version, LocalDate printedOn) {
        return render(version, version.getMaterials(), text("notice.title"), text("notice.materials"), null,
                printedOn);
    }

    /**
     * A notice that lists only some of the version's materials, such as those an application still lacks.
     *
     * @param missing the materials to list (of this version)
     * @param remark  a sentence printed above the list, such as why they are needed; may be null
     */
    public static byte[] renderMissing(ItemVersion version, Collection<Material> missing, String remark,
                                       LocalDate printedOn) {
        return render(version, List.copyOf(missing), text("notice.missingTitle"), text("notice.missingMaterials"),
                remark, printedOn);
    }

    private static byte[] render(ItemVersion version, List<Material> materials, String title,
                                 String materialsHeading, String remark, LocalDate printedOn) {
        Fonts fonts = new Fonts(CjkFont.base());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title + " - " + version.getName());
            document.open();

            Paragraph heading = new Paragraph(title, fonts.title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(4);
            document.add(heading);
            Paragraph itemName = new Paragraph(version.getName(), fonts.subtitle);
            itemName.setAlignment(Element.ALIGN_CENTER);
            itemName.setSpacingAfter(12);
            document.add(itemName);

            document.add(terms(version, fonts));
            if (remark != null && !remark.isBlank()) {
                document.add(section(text("notice.remark"), fonts));
                document.add(new Paragraph(remark, fonts.body));
            }
            document.add(section(materialsHeading, fonts));
            document.add(materials(materials, fonts));

            Paragraph footer = new Paragraph(text("notice.footer", version.getRevision(), printedOn), fonts.small);
            footer.setSpacingBefore(14);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the notice of " + version.getItem().getCode(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable terms(ItemVersion version, Fonts fonts) {
        Department department = version.getItem().getDepartment();
        PdfPTable table = new PdfPTable(new float[] {1.1f, 4f});
        table.setWidthPercentage(100);
        row(table, text("notice.item"), version.getName(), fonts);
        row(table, text("notice.code"), version.getItem().getCode(), fonts);
        row(table, text("notice.department"), department.getName(), fonts);
        row(table, text("notice.kind"), text("catalog.kind." + version.getKind().name()), fonts);
        row(table, text("notice.legalBasis"), version.getLegalBasis(), fonts);
        row(table, text("notice.conditions"), version.getConditions(), fonts);
        row(table, text("notice.limits"), text("notice.limitsText", version.getLegalDays(),
                version.getPromisedDays()), fonts);
        row(table, text("notice.fee"), version.getFeeStandard(), fonts);
        if (!version.isFree()) {
            row(table, text("notice.feeBasis"), version.getFeeBasis(), fonts);
        }
        row(table, text("notice.phone"), orNone(version.getPhone() != null ? version.getPhone()
                : department.getPhone()), fonts);
        String where = orNone(department.getAddress());
        if (department.getWindows() != null && !department.getWindows().isBlank()) {
            where += "，" + text("notice.windows", department.getWindows().replace(';', '、'));
        }
        row(table, text("notice.where"), where, fonts);
        return table;
    }

    private static PdfPTable materials(List<Material> materials, Fonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {0.8f, 3.5f, 1.7f, 0.7f, 1.1f, 2.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("notice.col.seq", "notice.col.name", "notice.col.form", "notice.col.copies",
                "notice.col.mandatory", "notice.col.template")) {
            PdfPCell cell = cell(text(key), fonts.label);
            cell.setBackgroundColor(new Color(0xf3, 0xf4, 0xf6));
            table.addCell(cell);
        }
        for (Material material : materials) {
            table.addCell(cell(String.valueOf(material.getSeq()), fonts.body));
            table.addCell(cell(material.getName(), fonts.body));
            table.addCell(cell(text("catalog.form." + material.getForm().name()), fonts.body));
            table.addCell(cell(String.valueOf(material.getCopies()), fonts.body));
            table.addCell(cell(text(material.isMandatory() ? "notice.yes" : "notice.no"), fonts.body));
            table.addCell(cell(material.getTemplateFile() == null ? text("notice.none")
                    : text("notice.templateAvailable", material.getTemplateFile()), fonts.small));
        }
        return table;
    }

    private static Paragraph section(String heading, Fonts fonts) {
        Paragraph paragraph = new Paragraph(heading, fonts.section);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static void row(PdfPTable table, String label, String value, Fonts fonts) {
        PdfPCell name = cell(label, fonts.label);
        name.setBackgroundColor(new Color(0xf3, 0xf4, 0xf6));
        table.addCell(name);
        table.addCell(cell(value, fonts.body));
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(5);
        cell.setBorderColor(new Color(0xd9, 0xdd, 0xe3));
        return cell;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? text("notice.none") : value;
    }

    private static String text(String key, Object... arguments) {
        return ImportError.text(CHINESE, key, arguments);
    }

    /** The sizes and colours of the notice, all in the one embedded face. */
    private static final class Fonts {

        private final Font title;
        private final Font subtitle;
        private final Font section;
        private final Font label;
        private final Font body;
        private final Font small;

        Fonts(BaseFont base) {
            title = new Font(base, 20, Font.NORMAL, RULE);
            subtitle = new Font(base, 13, Font.NORMAL, Color.DARK_GRAY);
            section = new Font(base, 13, Font.NORMAL, RULE);
            label = new Font(base, 10, Font.NORMAL, Color.DARK_GRAY);
            body = new Font(base, 10.5f, Font.NORMAL, Color.BLACK);
            small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
        }
    }
}
