package vn.sangkien.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.sangkien.platform.rest.Messages;

/** The console's language, kept in the session: Vietnamese unless the user switches to English. */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public void setCode(String code) {
        locale = "en".equals(code) ? Locale.ENGLISH : Messages.VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** Switches and reloads the page in the new language. */
    public String switchTo(String code) {
        setCode(code);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }
}
