package org.govflow.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Tells what an administrator uploaded (one XLSX workbook, one ZIP of the four CSV files with an optional
 * forms/ folder, or the four CSV files themselves) and reads it into a {@link RawCatalog}; writes the
 * ZIP export. Nothing here throws on a bad file: it becomes an {@link ImportError}.
 */
public final class CatalogFiles {

    /** A ZIP may not unpack to more than this, so a crafted archive cannot fill the server's memory. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private static final String FORMS_FOLDER = "forms/";

    private CatalogFiles() {
    }

    /** One uploaded file. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What an upload holds: the catalogue's tables and any blank forms that came with them. */
    public record Contents(RawCatalog catalog, Map<String, byte[]> forms) {

        public Contents {
            forms = Map.copyOf(forms);
        }

        /** The forms of this upload, for the import to store. */
        public CatalogService.FormSource formSource() {
            return name -> Optional.ofNullable(forms.get(name)).map(ByteArrayInputStream::new);
        }
    }

    /** Reads whatever combination of files an administrator uploaded. */
    public static Contents read(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            return refused(ImportError.of("", 0, null, "catalog.import.noFiles"));
        }
        if (uploads.size() == 1 && lower(uploads.get(0)).endsWith(".xlsx")) {
            return new Contents(CatalogXlsx.read(uploads.get(0).fileName(), uploads.get(0).content()), Map.of());
        }
        if (uploads.size() == 1 && lower(uploads.get(0)).endsWith(".zip")) {
            return readZip(uploads.get(0));
        }

        Map<CatalogTable, byte[]> files = new EnumMap<>(CatalogTable.class);
        for (Upload upload : uploads) {
            Optional<CatalogTable> table = tableOf(upload.fileName());
            if (table.isEmpty()) {
                return refused(ImportError.of(upload.fileName(), 0, null, "catalog.import.unknownFile",
                        upload.fileName()));
            }
            files.put(table.get(), upload.content());
        }
        return new Contents(CatalogCsv.read(files), Map.of());
    }

    private static Contents readZip(Upload upload) {
        Map<CatalogTable, byte[]> files = new EnumMap<>(CatalogTable.class);
        Map<String, byte[]> forms = new HashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()),
                StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES + 1));
                unpacked += content.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    return refused(ImportError.of(upload.fileName(), 0, null, "catalog.import.unreadable",
                            "> " + MAX_UNPACKED_BYTES / 1024 / 1024 + " MiB"));
                }
                String name = entry.getName().replace('\\', '/');
                int forms0 = name.indexOf(FORMS_FOLDER);
                if (forms0 >= 0 && name.length() > forms0 + FORMS_FOLDER.length()) {
                    forms.put(name.substring(forms0 + FORMS_FOLDER.length()), content);
                } else {
                    tableOf(name).ifPresent(table -> files.put(table, content));
                }
            }
        } catch (IOException | RuntimeException e) {
            return refused(ImportError.of(upload.fileName(), 0, null, "catalog.import.unreadable",
                    String.valueOf(e.getMessage())));
        }
        return new Contents(CatalogCsv.read(files), forms);
    }

    /** The table a CSV file holds, by its name without folders. */
    static Optional<CatalogTable> tableOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (CatalogTable table : CatalogTable.values()) {
            if (table.csvFileName().equals(name)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    private static Contents refused(ImportError error) {
        return new Contents(new RawCatalog(Map.of(), List.of(error)), Map.of());
    }

    private static String lower(Upload upload) {
        return upload.fileName().toLowerCase(Locale.ROOT);
    }

    /** The catalogue as a ZIP of the four CSV files, UTF-8 without a BOM, LF line ends. */
    public static byte[] writeZip(CatalogData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CatalogTable table : CatalogTable.values()) {
                zip.putNextEntry(new ZipEntry(table.csvFileName()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CatalogCsv.write(table, data.cells(table), writer);
                writer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalogue archive", e);
        }
        return out.toByteArray();
    }

    /** The four tables as separate CSV files, by file name. */
    public static Map<String, byte[]> writeCsv(CatalogData data) {
        Map<String, byte[]> files = new HashMap<>();
        for (CatalogTable table : CatalogTable.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                CatalogCsv.write(table, data.cells(table), writer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + table.csvFileName(), e);
            }
            files.put(table.csvFileName(), out.toByteArray());
        }
        return files;
    }

    static List<Upload> uploads(Map<String, byte[]> files) {
        List<Upload> uploads = new ArrayList<>();
        files.forEach((name, content) -> uploads.add(new Upload(name, content)));
        return uploads;
    }
}
