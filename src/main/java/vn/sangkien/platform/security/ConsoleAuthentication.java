package vn.sangkien.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sangkien.identity.boundary.UserAuthentication;
import vn.sangkien.identity.entity.UserPrincipal;

/**
 * The console's side of the application's one authentication mechanism: a form login whose
 * principal lives in the HTTP session. The login page's backing bean calls
 * {@code SecurityContext.authenticate} with a {@link UsernamePasswordCredential}; the credentials are
 * checked by the same {@link UserAuthentication} as the API's Basic (credential cache, PBKDF2,
 * lockout). Every later request of the session is re-announced to the container with the user's
 * roles, so that web.xml's constraints and {@code isUserInRole} hold; a protected page without a
 * session goes to the login page (for a Faces AJAX request, as a partial-response redirect).
 */
@ApplicationScoped
public class ConsoleAuthentication {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    UserAuthentication authentication;

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return login(request, context, context.getAuthParameters().getCredential());
        }
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(Caller.PRINCIPAL_ATTRIBUTE);
        if (known instanceof UserPrincipal principal) {
            return context.notifyContainerAboutLogin(principal, groups(principal));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (LOGIN_PAGE.equals(path) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/errors/")
                || request.getDispatcherType() == DispatcherType.ERROR) {
            return context.doNothing();
        }
        if (context.isProtected() || path.isEmpty() || "/".equals(path)) {
            return toLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential form)) {
            return context.responseUnauthorized();
        }
        Optional<UserPrincipal> principal = authentication.authenticate(form.getCaller(), form.getPasswordAsString());
        if (principal.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session fixed before the login grants nothing.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(Caller.PRINCIPAL_ATTRIBUTE, principal.get());
        return context.notifyContainerAboutLogin(principal.get(), groups(principal.get()));
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"></redirect></partial-response>").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The browser went away.
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    private static Set<String> groups(UserPrincipal principal) {
        return principal.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
