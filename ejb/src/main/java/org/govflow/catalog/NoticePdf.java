package org.govflow.catalog;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.govflow.platform.PdfLayout;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Renders the printable one-time notice (一次性告知单) of an item version: everything an applicant must
 * bring and know (item, department, materials with form and copies, limits, fees, phone, where to apply).
 * Chinese text is set in the font {@link PdfLayout} embeds in every PDF, so the notice prints the same on
 * any machine. The window clerk's notice of missing materials renders through {@link #renderMissing}. The
 * version must have its item, department, materials and steps loaded (as {@link CatalogService#getVersion}
 * returns it).
 */
public final class NoticePdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private NoticePdf() {
    }

    /** The full notice of an item version, as the public item page offers it. */
    public static byte[] render(ItemVersion version, LocalDate printedOn) {
        return render(version, version.getMaterials(), text("notice.title"), text("notice.materials"), null, null,
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
        return renderMissing(version, missing, null, remark, printedOn);
    }

    /**
     * The notice given to one applicant of the materials their application lacks (一次性告知书), dated the
     * day it was given.
     *
     * @param applicant the applicant's name, printed above the item; may be null
     * @param givenOn   the day the applicant was told, printed as the notice's date
     */
    public static byte[] renderMissing(ItemVersion version, Collection<Material> missing, String applicant,
                                       String remark, LocalDate givenOn) {
        return render(version, List.copyOf(missing), text("notice.missingTitle"), text("notice.missingMaterials"),
                applicant, remark, givenOn);
    }

    private static byte[] render(ItemVersion version, List<Material> materials, String title,
                                 String materialsHeading, String applicant, String remark, LocalDate printedOn) {
        PdfLayout layout = new PdfLayout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title + " - " + version.getName());
            document.open();

            Paragraph heading = new Paragraph(title, layout.title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(4);
            document.add(heading);
            Paragraph itemName = new Paragraph(version.getName(), layout.subtitle);
            itemName.setAlignment(Element.ALIGN_CENTER);
            itemName.setSpacingAfter(12);
            document.add(itemName);

            document.add(terms(version, applicant, printedOn, layout));
            if (remark != null && !remark.isBlank()) {
                document.add(layout.section(text("notice.remark")));
                document.add(new Paragraph(remark, layout.body));
            }
            document.add(layout.section(materialsHeading));
            document.add(materials(materials, layout));

            Paragraph footer = new Paragraph(text("notice.footer", version.getRevision(), printedOn), layout.small);
            footer.setSpacingBefore(14);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the notice of " + version.getItem().getCode(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable terms(ItemVersion version, String applicant, LocalDate printedOn, PdfLayout layout) {
        Department department = version.getItem().getDepartment();
        PdfPTable table = layout.facts();
        if (applicant != null) {
            layout.row(table, text("notice.applicant"), applicant);
            layout.row(table, text("notice.givenOn"), printedOn.toString());
        }
        layout.row(table, text("notice.item"), version.getName());
        layout.row(table, text("notice.code"), version.getItem().getCode());
        layout.row(table, text("notice.department"), department.getName());
        layout.row(table, text("notice.kind"), text("catalog.kind." + version.getKind().name()));
        layout.row(table, text("notice.legalBasis"), version.getLegalBasis());
        layout.row(table, text("notice.conditions"), version.getConditions());
        layout.row(table, text("notice.limits"), text("notice.limitsText", version.getLegalDays(),
                version.getPromisedDays()));
        layout.row(table, text("notice.fee"), version.getFeeStandard());
        if (!version.isFree()) {
            layout.row(table, text("notice.feeBasis"), version.getFeeBasis());
        }
        layout.row(table, text("notice.phone"), orNone(version.getPhone() != null ? version.getPhone()
                : department.getPhone()));
        String where = orNone(department.getAddress());
        if (department.getWindows() != null && !department.getWindows().isBlank()) {
            where += "，" + text("notice.windows", department.getWindows().replace(';', '、'));
        }
        layout.row(table, text("notice.where"), where);
        return table;
    }

    private static PdfPTable materials(List<Material> materials, PdfLayout layout) {
        PdfPTable table = new PdfPTable(new float[] {0.8f, 3.5f, 1.7f, 0.7f, 1.1f, 2.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("notice.col.seq", "notice.col.name", "notice.col.form", "notice.col.copies",
                "notice.col.mandatory", "notice.col.template")) {
            table.addCell(layout.header(text(key)));
        }
        for (Material material : materials) {
            table.addCell(layout.cell(String.valueOf(material.getSeq()), layout.body));
            table.addCell(layout.cell(material.getName(), layout.body));
            table.addCell(layout.cell(text("catalog.form." + material.getForm().name()), layout.body));
            table.addCell(layout.cell(String.valueOf(material.getCopies()), layout.body));
            table.addCell(layout.cell(text(material.isMandatory() ? "notice.yes" : "notice.no"), layout.body));
            table.addCell(layout.cell(material.getTemplateFile() == null ? text("notice.none")
                    : text("notice.templateAvailable", material.getTemplateFile()), layout.small));
        }
        return table;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? text("notice.none") : value;
    }

    private static String text(String key, Object... arguments) {
        return ImportError.text(CHINESE, key, arguments);
    }
}
