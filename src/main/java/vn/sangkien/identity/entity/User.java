package vn.sangkien.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.sangkien.organization.entity.Organization;

/** A person or a provincial system that signs in; it acts within its organization's subtree. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    private String username;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "password_hash")
    private String passwordHash;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    private boolean active;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    public User(String username, String fullName, String passwordHash, Organization organization,
                Set<Role> roles, Instant now) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.organization = organization;
        this.roles = new HashSet<>(roles);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void changeFullName(String newFullName, Instant now) {
        this.fullName = newFullName;
        this.updatedAt = now;
    }

    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.updatedAt = now;
    }

    public void changeRoles(Set<Role> newRoles, Instant now) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /** The signed-in user, with a stamp of the password they signed in with (see PasswordHash.stamp). */
    public UserPrincipal toPrincipal(String credentialStamp) {
        return new UserPrincipal(id, username, fullName, organization.getId(), organization.getCode(),
                organization.getPath(), roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), version,
                credentialStamp);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
