package vn.sangkien.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Messages;

/**
 * Shows what the rules refused, in the user's language: each bad field's message beside the field
 * whose id is the field's name ({@code authors[1].sharePercent} is {@code form:authors:1:sharePercent}),
 * and the general message at the top.
 */
public final class Faces {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private Faces() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A console label from the Console bundle. */
    public static String label(String key, Object... args) {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, label(key, args), null));
    }

    /** Each field error beside its field in the form {@code formId}; the summary at the top. */
    public static void show(BusinessException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = locale();
        for (BusinessException.FieldError error : e.errors()) {
            String text = Messages.get(locale, error.messageKey(), error.args());
            String clientId = clientId(formId, error.field());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            if (clientId.contains(":") && INDEXED.matcher(error.field()).matches()
                    || context.getViewRoot().findComponent(":" + clientId) != null) {
                context.addMessage(clientId, message);
            } else {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + ": " + text, null));
            }
        }
        String summary = Messages.get(locale, e.messageKey(), e.args());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        context.validationFailed();
    }

    static String clientId(String formId, String field) {
        Matcher m = INDEXED.matcher(field);
        String id = m.matches() ? m.group(1) + ":" + m.group(2) + ":" + m.group(3) : field.replaceAll("[^A-Za-z0-9_]", "_");
        return formId + ":" + id;
    }

    /** Sends the browser to the not-found page: what a page of another subtree answers. */
    public static void notFound() {
        try {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }
}
