package org.govflow.catalog;

import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One fault found in a catalogue file or a draft: where it is (file or sheet, row, column) and why, as
 * a key of the catalogue's message bundle with its arguments, so it can be said in Chinese or English.
 *
 * @param source the file or sheet name (a draft uses the table name)
 * @param row    the row number as a spreadsheet shows it (header = 1); 0 when the fault is the whole file
 * @param column the column name, or null when the fault is the whole row or file
 */
public record ImportError(String source, int row, String column, String key, List<Object> arguments)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The catalogue's own bundle: import checks and the notice are written in Chinese first. */
    public static final String BUNDLE = "org.govflow.catalog.CatalogMessages";

    public ImportError {
        arguments = List.copyOf(arguments);
    }

    /** An error whose arguments are kept as text, so numbers print without grouping and nothing is null. */
    public static ImportError of(String source, int row, String column, String key, Object... arguments) {
        return new ImportError(source, row, column, key, Arrays.stream(arguments).map(String::valueOf)
                .map(Object.class::cast).toList());
    }

    /** The reason in Simplified Chinese. */
    public String message() {
        return message(Locale.SIMPLIFIED_CHINESE);
    }

    /** The reason in the given language (Chinese unless English is asked for). */
    public String message(Locale locale) {
        return text(locale, key, arguments.toArray());
    }

    /** A text of the catalogue's bundle; Chinese is the base bundle, so nothing falls back to the JVM's locale. */
    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException ignored) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public String toString() {
        return source + (row > 0 ? " row " + row : "") + (column != null ? " column " + column : "") + ": " + key
                + arguments;
    }
}
