package vn.sangkien.identity.boundary;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sangkien.identity.boundary.UserAuthentication;
import vn.sangkien.identity.control.Privileges;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.web.ClientAddress;
import vn.sangkien.platform.web.ServiceUnavailable;

/**
 * The console's side of the application's one authentication mechanism: a form login whose
 * principal lives in the HTTP session. The login page's backing bean calls
 * {@code SecurityContext.authenticate} with a {@link UsernamePasswordCredential}; the credentials are
 * checked by the same {@link UserAuthentication} as the API's Basic (credential cache, PBKDF2,
 * throttling); service accounts ({@code INTEGRATION}) are refused, the console is for people. Every
 * later request of the session looks at the account again (one query by primary key, a new
 * principal only when the account's version moved) and is re-announced to the container with the
 * roles the account holds now, so that web.xml's constraints and {@code isUserInRole} follow a
 * change of roles at once, and a deactivation or a new password ends the session at its next
 * request. A protected page without a session goes to the login page (for a Faces AJAX request, as a
 * partial-response redirect).
 */
@ApplicationScoped
public class ConsoleAuthentication {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String SIGNED_IN_AT = ConsoleAuthentication.class.getName() + ".signedInAt";
    /** The longest a console session lasts after its sign-in. */
    private static final Duration LIFETIME = Duration.ofHours(12);
    /** Set on the request when a correct sign-in is refused because the account is a service account. */
    public static final String SERVICE_ACCOUNT_REFUSED = ConsoleAuthentication.class.getName() + ".serviceAccount";

    @Inject
    UserAuthentication authentication;

    @Inject
    ClientAddress clientAddress;


    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return login(request, context, context.getAuthParameters().getCredential());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            // Scripts and styles are public: no account to look at for each of the dozen a page loads.
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(Caller.PRINCIPAL_ATTRIBUTE);
        if (known instanceof UserPrincipal principal) {
            Optional<UserPrincipal> current;
            try {
                current = withinLifetime(session) ? authentication.current(principal)
                        .filter(p -> Privileges.maySignInToConsole(p.roles())) : Optional.empty();
            } catch (RuntimeException e) {
                ServiceUnavailable.send(request, response);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if (current.isPresent()) {
                if (current.get() != principal) {
                    session.setAttribute(Caller.PRINCIPAL_ATTRIBUTE, current.get());
                }
                return context.notifyContainerAboutLogin(current.get(), groups(current.get()));
            }
            // Deactivated, given another password, no longer a console user, or signed in too long ago:
            // the session ends here.
            session.invalidate();
        }
        if (LOGIN_PAGE.equals(path) || path.startsWith("/errors/") || request.getDispatcherType() == DispatcherType.ERROR) {
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
        Optional<UserPrincipal> principal = authentication.authenticate(form.getCaller(), form.getPasswordAsString(),
                clientAddress.of(request), Channel.CONSOLE);
        if (principal.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!Privileges.maySignInToConsole(principal.get().roles())) {
            request.setAttribute(SERVICE_ACCOUNT_REFUSED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session fixed before the login grants nothing.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(Caller.PRINCIPAL_ATTRIBUTE, principal.get());
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        return context.notifyContainerAboutLogin(principal.get(), groups(principal.get()));
    }

    /** Beyond 30 idle minutes (web.xml) a session also ends a working day after its sign-in, however busy. */
    private static boolean withinLifetime(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && Instant.now().isBefore(signedInAt.plus(LIFETIME));
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
        // Relative (glassfish-web.xml): never built from the request's Host header.
        return context.redirect(login);
    }

    private static Set<String> groups(UserPrincipal principal) {
        return principal.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
