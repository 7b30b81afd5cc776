package org.govflow.ws.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the interop interfaces from the ws module's bundle: Chinese unless the caller asked for
 * English. The server's default locale never decides, so a server running in English still answers
 * Chinese callers in Chinese.
 */
public final class InteropMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "org.govflow.ws.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private InteropMessages() {
    }

    /** English when the caller's most preferred supported language is English, otherwise Chinese. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public static boolean has(String key) {
        return bundle(CHINESE).containsKey(key);
    }

    /** The text of a key with {0}-style arguments filled in; the key itself when the bundle lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException ignored) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, InteropMessages.class.getClassLoader(), NO_FALLBACK);
    }
}
