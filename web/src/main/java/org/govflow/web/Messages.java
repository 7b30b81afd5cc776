package org.govflow.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.govflow.platform.GovFlowException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts messages from the user's resource bundle on the page. */
public final class Messages {

    public static final String BUNDLE = "org.govflow.web.i18n.messages";

    private Messages() {
    }

    /** The text of a bundle key in the current view's language, with {0}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale()
                : LocaleBacking.CHINESE;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException ignored) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Says why a business rule refused the request. */
    public static void error(GovFlowException e) {
        add(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getArguments().toArray());
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
