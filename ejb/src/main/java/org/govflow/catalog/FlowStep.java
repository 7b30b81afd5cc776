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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One step of an item version's flow: who handles it (department, post, and person where the centre
 * names one) and within how many working days. Steps sharing a parallel group run at the same time, one
 * per department (joint handling); an excluded step's time does not count against the legal limit.
 */
@Entity
@Table(name = "flow_step")
public class FlowStep implements Serializable {

    @Id
    @SequenceGenerator(name = "flow_step_seq", sequenceName = "flow_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flow_step_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_version_id")
    private ItemVersion itemVersion;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = 60)
    private String post;

    @Column(length = 60)
    private String person;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "parallel_group", length = 20)
    private String parallelGroup;

    protected FlowStep() {
        // for JPA
    }

    public FlowStep(ItemVersion itemVersion, int seq, String name, StepKind kind, Department department, String post,
                    String person, int limitDays, boolean excluded, String parallelGroup) {
        this.itemVersion = Objects.requireNonNull(itemVersion, "itemVersion");
        this.seq = seq;
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.department = Objects.requireNonNull(department, "department");
        this.post = Objects.requireNonNull(post, "post");
        this.person = person == null || person.isBlank() ? null : person;
        this.limitDays = limitDays;
        this.excluded = excluded;
        this.parallelGroup = parallelGroup == null || parallelGroup.isBlank() ? null : parallelGroup;
    }

    public Long getId() {
        return id;
    }

    public ItemVersion getItemVersion() {
        return itemVersion;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public StepKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public String getPost() {
        return post;
    }

    public String getPerson() {
        return person;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public String getParallelGroup() {
        return parallelGroup;
    }

    public boolean isParallel() {
        return parallelGroup != null;
    }
}
