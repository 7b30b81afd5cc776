package org.govflow.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import org.govflow.catalog.Department;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff who signs in to GovFlow. The password hash is read by Elytron's JDBC realm, which
 * also refuses an account that is disabled or locked; the counters here decide when to lock.
 */
@Entity
@Table(name = "staff")
@NamedQuery(name = "Staff.findAll", query = "SELECT s FROM Staff s ORDER BY s.username")
@NamedQuery(name = "Staff.findByUsername", query = "SELECT s FROM Staff s WHERE s.username = :username")
@NamedQuery(name = "Staff.count", query = "SELECT COUNT(s) FROM Staff s")
public class Staff implements Serializable {

    @Id
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 60)
    private String fullName;

    @Column(length = 120)
    private String email;

    @Column(length = 40)
    private String phone;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(length = 60)
    private String post;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_sign_in")
    private OffsetDateTime lastSignIn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role_name", length = 30)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Staff() {
        // for JPA
    }

    public Staff(String username, String fullName, String passwordHash, OffsetDateTime createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the account is locked at the given instant after too many failed sign-ins. */
    public boolean isLockedAt(OffsetDateTime instant) {
        return lockedUntil != null && lockedUntil.isAfter(instant);
    }

    /** Counts one failed sign-in; at the threshold the account is locked until the given instant. */
    void recordFailure(int threshold, OffsetDateTime lockUntil) {
        failedAttempts++;
        if (failedAttempts >= threshold) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
        }
    }

    void recordSuccess(OffsetDateTime instant) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignIn = instant;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
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

    public void setFullName(String fullName) {
        this.fullName = Objects.requireNonNull(fullName, "fullName");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastSignIn() {
        return lastSignIn;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Staff that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
