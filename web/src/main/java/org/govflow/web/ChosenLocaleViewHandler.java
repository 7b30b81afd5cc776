package org.govflow.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Gives every new view the language the visitor chose ({@link LocaleBacking}) rather than the browser's
 * Accept-Language. The layout's {@code f:view locale} is only applied when the whole view is built, after a
 * page's view actions have run; without this, messages those actions put on the page came out in the
 * browser's language.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }
}
