package org.govflow.platform;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;

/**
 * The look every printable GovFlow document shares (the catalogue's notices, the window's receipt): one
 * embedded CJK face ({@link CjkFont}), so a PDF prints the same on any machine with no font installed;
 * its sizes and colours; and the label-and-value tables and section headings the documents are made of.
 */
public final class PdfLayout {

    private static final Color RULE = new Color(0x9b, 0x1c, 0x1c);
    private static final Color LABEL_BACKGROUND = new Color(0xf3, 0xf4, 0xf6);
    private static final Color BORDER = new Color(0xd9, 0xdd, 0xe3);

    public final Font title;
    public final Font subtitle;
    public final Font section;
    public final Font label;
    public final Font body;
    public final Font strong;
    public final Font small;

    /** The fonts of one document (OpenPDF fonts are not meant to be shared between threads). */
    public PdfLayout() {
        BaseFont base = CjkFont.base();
        title = new Font(base, 20, Font.NORMAL, RULE);
        subtitle = new Font(base, 13, Font.NORMAL, Color.DARK_GRAY);
        section = new Font(base, 13, Font.NORMAL, RULE);
        label = new Font(base, 10, Font.NORMAL, Color.DARK_GRAY);
        body = new Font(base, 10.5f, Font.NORMAL, Color.BLACK);
        strong = new Font(base, 14, Font.BOLD, Color.BLACK);
        small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
    }

    /** A full-width table of labels and values, the labels a narrow column. */
    public PdfPTable facts() {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 4f});
        table.setWidthPercentage(100);
        return table;
    }

    /** A row of a {@link #facts()} table. */
    public void row(PdfPTable table, String label, String value) {
        row(table, label, value, body);
    }

    /** A row of a {@link #facts()} table whose value is set in its own font (a number to stand out). */
    public void row(PdfPTable table, String labelText, String value, Font valueFont) {
        table.addCell(header(labelText));
        table.addCell(cell(value, valueFont));
    }

    /** A shaded label cell, as table headers and row labels are drawn. */
    public PdfPCell header(String text) {
        PdfPCell cell = cell(text, label);
        cell.setBackgroundColor(LABEL_BACKGROUND);
        return cell;
    }

    public PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(5);
        cell.setBorderColor(BORDER);
        return cell;
    }

    /** A section heading with space above and below. */
    public Paragraph section(String heading) {
        Paragraph paragraph = new Paragraph(heading, section);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }
}
