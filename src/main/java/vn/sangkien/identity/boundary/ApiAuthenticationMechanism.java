package vn.sangkien.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.sangkien.identity.boundary.UserAuthentication;
import vn.sangkien.identity.entity.UserPrincipal;
import vn.sangkien.platform.audit.Channel;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.rest.Messages;
import vn.sangkien.platform.rest.ProblemMapper;
import vn.sangkien.platform.startup.Readiness;
import vn.sangkien.platform.web.ClientAddress;
import vn.sangkien.platform.web.SecurityHeaders;
import vn.sangkien.platform.web.ServiceUnavailable;

/**
 * The application's one authentication mechanism. HTTP Basic for the REST API and the SOAP service:
 * every request under {@code /api/}, and every call of {@code /soap/} (only its WSDL is read without
 * credentials), must carry valid credentials, else it is answered 401 with a problem+json body before
 * it reaches a resource, and no session is ever used. Every other path belongs to the console, whose
 * form login and session are {@link ConsoleAuthentication}'s.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final int MAX_CREDENTIAL_LENGTH = 512;

    @Inject
    UserAuthentication authentication;

    @Inject
    ConsoleAuthentication console;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Readiness readiness;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (!readiness.isReady()) {
            // Starting or stopping: every request meets this first, so none reaches a half-ready application.
            ServiceUnavailable.send(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/soap/") && "GET".equals(request.getMethod())) {
            return context.doNothing();
        }
        if (!path.startsWith("/api/") && !path.startsWith("/soap/")) {
            return console.validateRequest(request, response, context);
        }
        Optional<UserPrincipal> principal = basicCredentials(request.getHeader("Authorization"))
                .flatMap(c -> authentication.authenticate(c[0], c[1], clientAddress.of(request), Channel.ofPath(path)));
        if (principal.isEmpty()) {
            return unauthorized(request, response, context);
        }
        request.setAttribute(Caller.PRINCIPAL_ATTRIBUTE, principal.get());
        return context.notifyContainerAboutLogin(principal.get(),
                principal.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** {@code [username, password]} of a well-formed Basic header. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || header.length() > MAX_CREDENTIAL_LENGTH || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        try {
            ProblemMapper.send(ProblemMapper.toResponse(
                    new BusinessException(BusinessException.Kind.UNAUTHENTICATED, "problem.unauthenticated"),
                    Messages.localeOf(request.getHeader("Accept-Language"))), response);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
