package vn.sangkien.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from: the peer's address, or behind the reverse proxies named in
 * {@code SANGKIEN_TRUSTED_PROXIES} the address they say they received it from (the rightmost
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy). A client cannot choose its
 * address by sending the header: it is read only from a trusted peer.
 */
@ApplicationScoped
public class ClientAddress {

    /** An IPv4 or IPv6 address as proxies write it, nothing else. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    @ConfigProperty(name = "sangkien.trusted-proxies", defaultValue = " ")
    String trustedProxiesSetting;

    private Set<String> trustedProxies;

    @PostConstruct
    void init() {
        trustedProxies = parse(trustedProxiesSetting);
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trustedProxies);
    }

    static String of(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        String client = peer;
        if (!trustedProxies.contains(peer)) {
            return client;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    static Set<String> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
