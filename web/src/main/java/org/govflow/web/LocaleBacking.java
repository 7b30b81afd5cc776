package org.govflow.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * The visitor's language: Simplified Chinese unless they choose English. Kept for the session and
 * applied by the layout's {@code f:view}.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public void setLanguageTag(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : CHINESE;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(locale);
        }
    }

    /** Re-renders the current page in the chosen language. */
    public String apply() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
