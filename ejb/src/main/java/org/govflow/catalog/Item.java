package org.govflow.catalog;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An approval item of the catalogue, identified by its code. What applicants read is its current
 * published {@link ItemVersion}; an administrator's pending changes sit in a draft version until published.
 * Name and kind are copied from the current version so lists and searches need no join.
 */
@Entity
@Table(name = "item")
@NamedQuery(name = "Item.findByCode", query = "SELECT i FROM Item i WHERE i.code = :code")
@NamedQuery(name = "Item.count", query = "SELECT COUNT(i) FROM Item i")
@NamedQuery(name = "Item.countByDepartment",
        query = "SELECT i.department.code, COUNT(i) FROM Item i GROUP BY i.department.code")
public class Item implements Serializable {

    @Id
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 30)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Version
    private long version;

    protected Item() {
        // for JPA
    }

    public Item(String code, Department department, String name, ItemKind kind) {
        this.code = Objects.requireNonNull(code, "code");
        this.department = Objects.requireNonNull(department, "department");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Makes a draft version the one applicants see, superseding the one they saw before (if any).
     * Versions refer to their item, not the other way round, so the item only records the revision.
     */
    public void publish(ItemVersion next, ItemVersion previous, OffsetDateTime at) {
        if (next.getItem() != this || (previous != null && previous.getItem() != this)) {
            throw new IllegalArgumentException("a version of another item");
        }
        if (previous != null) {
            previous.supersede();
        }
        next.markPublished(at);
        currentRevision = next.getRevision();
        name = next.getName();
        kind = next.getKind();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = Objects.requireNonNull(department, "department");
    }

    public String getName() {
        return name;
    }

    public ItemKind getKind() {
        return kind;
    }

    /** The revision of the published version applicants see; 0 before the first is published. */
    public int getCurrentRevision() {
        return currentRevision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Item that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
