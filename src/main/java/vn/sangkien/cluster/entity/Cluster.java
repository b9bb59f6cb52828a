package vn.sangkien.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.sangkien.organization.entity.Organization;

/**
 * An emulation cluster (cụm thi đua) of member units under one organizer, or a block (khối) inside
 * a cluster, which draws its members from the cluster's.
 */
@Entity
@Table(name = "emulation_cluster")
public class Cluster {

    @Id
    @SequenceGenerator(name = "emulation_cluster_seq", sequenceName = "emulation_cluster_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "emulation_cluster_seq")
    private Long id;

    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organizer_id")
    private Organization organizer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Cluster parent;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_unit_id")
    private Organization headUnit;
    // Summaries read the members of every cluster a query found: one IN query for all of them.
    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "cluster_member", joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private List<Organization> members = new ArrayList<>();
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Cluster() {
    }

    public Cluster(String code, String name, Organization organizer, Cluster parent, Organization headUnit,
                   List<Organization> members, Instant now) {
        this.code = code;
        this.name = name;
        this.organizer = organizer;
        this.parent = parent;
        this.headUnit = headUnit;
        this.members = new ArrayList<>(members);
        this.createdAt = now;
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

    public Organization getOrganizer() {
        return organizer;
    }

    public Cluster getParent() {
        return parent;
    }

    public Organization getHeadUnit() {
        return headUnit;
    }

    public List<Organization> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
