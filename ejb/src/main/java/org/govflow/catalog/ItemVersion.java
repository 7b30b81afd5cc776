package org.govflow.catalog;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered version of an item's guide: legal basis, conditions, time limits, fees, materials and
 * flow. Once published it is never edited again; a change is a new draft version. Invariants: the
 * promised limit is at least 1 and at most the legal limit.
 */
@Entity
@Table(name = "item_version")
@NamedQuery(name = "ItemVersion.findByStatus",
        query = "SELECT v FROM ItemVersion v WHERE v.item.code = :code AND v.status = :status")
@NamedQuery(name = "ItemVersion.findByItem",
        query = "SELECT v FROM ItemVersion v WHERE v.item.code = :code ORDER BY v.revision DESC")
public class ItemVersion implements Serializable {

    @Id
    @SequenceGenerator(name = "item_version_seq", sequenceName = "item_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(nullable = false, length = 4000)
    private String conditions;

    @Column(name = "legal_days", nullable = false)
    private int legalDays;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Column(name = "fee_standard", nullable = false, length = 500)
    private String feeStandard;

    @Column(name = "fee_basis", length = 1000)
    private String feeBasis;

    @Column(length = 40)
    private String phone;

    @Column(name = "publish_decisions", nullable = false)
    private boolean publishDecisions;

    @Column(name = "extension_cap")
    private Integer extensionCap;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @OneToMany(mappedBy = "itemVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("seq")
    private List<Material> materials = new ArrayList<>();

    @OneToMany(mappedBy = "itemVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("seq")
    private List<FlowStep> steps = new ArrayList<>();

    protected ItemVersion() {
        // for JPA
    }

    public ItemVersion(Item item, int revision, ItemTerms terms, OffsetDateTime createdAt) {
        this.item = Objects.requireNonNull(item, "item");
        this.revision = revision;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        apply(terms);
    }

    /** Replaces the terms of a draft. */
    public void apply(ItemTerms terms) {
        requireDraft();
        if (terms.promisedDays() < 1 || terms.promisedDays() > terms.legalDays()) {
            throw new IllegalArgumentException("promised days must be between 1 and the legal days");
        }
        this.name = terms.name();
        this.kind = terms.kind();
        this.legalBasis = terms.legalBasis();
        this.conditions = terms.conditions();
        this.legalDays = terms.legalDays();
        this.promisedDays = terms.promisedDays();
        this.feeStandard = terms.feeStandard();
        this.feeBasis = terms.feeBasis();
        this.phone = terms.phone();
        this.publishDecisions = terms.publishDecisions();
        this.extensionCap = terms.extensionCap();
    }

    public void addMaterial(Material material) {
        requireDraft();
        materials.add(material);
    }

    public void addStep(FlowStep step) {
        requireDraft();
        steps.add(step);
    }

    /** Drops all materials and steps of a draft, before new ones are added. */
    public void clearContents() {
        requireDraft();
        materials.clear();
        steps.clear();
    }

    void markPublished(OffsetDateTime at) {
        requireDraft();
        status = VersionStatus.PUBLISHED;
        publishedAt = at;
    }

    void supersede() {
        status = VersionStatus.SUPERSEDED;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("version " + revision + " of " + item.getCode() + " is " + status);
        }
    }

    /** The terms of this version, as a value. */
    public ItemTerms terms() {
        return new ItemTerms(name, kind, legalBasis, conditions, legalDays, promisedDays, feeStandard, feeBasis,
                phone, publishDecisions, extensionCap);
    }

    /** Whether the item is free of charge. */
    public boolean isFree() {
        return feeBasis == null || feeBasis.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public int getRevision() {
        return revision;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getConditions() {
        return conditions;
    }

    public int getLegalDays() {
        return legalDays;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public String getFeeStandard() {
        return feeStandard;
    }

    public String getFeeBasis() {
        return feeBasis;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isPublishDecisions() {
        return publishDecisions;
    }

    /** The item's own cap on extending a case, in working days; empty when the general cap applies. */
    public Optional<Integer> findExtensionCap() {
        return Optional.ofNullable(extensionCap);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public List<Material> getMaterials() {
        return Collections.unmodifiableList(materials);
    }

    public List<FlowStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
