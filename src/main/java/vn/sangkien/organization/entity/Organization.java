package vn.sangkien.organization.entity;

import jakarta.persistence.Column;
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
import vn.sangkien.platform.text.SearchText;

/** A union organization: the national confederation, a province, a district or sector, a grassroots union. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    private String code;
    private String name;
    @Column(name = "name_search")
    private String nameSearch;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_level")
    private Level level;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;
    private String path;
    private boolean active;
    private String place;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Organization() {
    }

    public Organization(String code, String name, Level level, Organization parent, Instant now) {
        this.code = code;
        this.level = level;
        this.parent = parent;
        this.active = true;
        this.createdAt = now;
        rename(name, now);
    }

    /** The path needs the id, which the sequence gives at persist: call right after it. */
    public void placeInTree() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.nameSearch = SearchText.of(code + " " + newName);
        this.updatedAt = now;
    }

    /** Where the organization is, for the date line of its documents; null for none. */
    public void locate(String newPlace, Instant now) {
        this.place = newPlace;
        this.updatedAt = now;
    }

    public String getPlace() {
        return place;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
