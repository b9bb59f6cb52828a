package vn.sangkien.identity.entity;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;

/**
 * The authenticated caller with what every request needs to scope its work: the organization and
 * its materialised path (the caller's subtree is every organization whose path starts with it).
 */
public class UserPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String fullName;
    private final long organizationId;
    private final String organizationCode;
    private final String organizationPath;
    private final Set<Role> roles;
    private final long version;
    private final String credentialStamp;

    public UserPrincipal(long userId, String username, String fullName, long organizationId,
                         String organizationCode, String organizationPath, Set<Role> roles) {
        this(userId, username, fullName, organizationId, organizationCode, organizationPath, roles, 0, "");
    }

    /**
     * With the account's version and a stamp of its password, so that a session can tell when the
     * account changed, and whether its password did.
     */
    public UserPrincipal(long userId, String username, String fullName, long organizationId,
                         String organizationCode, String organizationPath, Set<Role> roles, long version,
                         String credentialStamp) {
        super(username);
        this.userId = userId;
        this.fullName = fullName;
        this.organizationId = organizationId;
        this.organizationCode = organizationCode;
        this.organizationPath = organizationPath;
        this.roles = Set.copyOf(roles);
        this.version = version;
        this.credentialStamp = credentialStamp;
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return getName();
    }

    public String fullName() {
        return fullName;
    }

    public long organizationId() {
        return organizationId;
    }

    public String organizationCode() {
        return organizationCode;
    }

    public String organizationPath() {
        return organizationPath;
    }

    public Set<Role> roles() {
        return roles;
    }

    public long version() {
        return version;
    }

    public String credentialStamp() {
        return credentialStamp;
    }
}
