package org.govflow.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govflow.catalog.CatalogService;
import org.govflow.platform.Settings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates one demo account per role on an empty database when the site turns demo data on (the run
 * command does). The accounts and their shared password are listed in the README.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "CatalogBootstrap"})
public class DemoStaff {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "GovFlow2026";

    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());

    private static final List<StaffDetails> ACCOUNTS = List.of(
            new StaffDetails("admin", "系统管理员", null, null, null, "信息科", Set.of(Role.ADMINISTRATOR)),
            new StaffDetails("clerk", "李窗口", null, null, null, "综合受理窗口", Set.of(Role.WINDOW_CLERK)),
            new StaffDetails("approver", "王审批", null, null, "SCJ", "行政审批科科员", Set.of(Role.APPROVER)),
            new StaffDetails("head", "赵科长", null, null, "SCJ", "分管副局长",
                    Set.of(Role.DEPARTMENT_HEAD, Role.APPROVER)),
            new StaffDetails("supervisor", "陈督查", null, null, null, "中心管理办公室", Set.of(Role.SUPERVISOR)),
            new StaffDetails("inspector", "周纪检", null, null, null, "纪检监察室", Set.of(Role.SUPERVISOR)),
            new StaffDetails("interop", "省政务服务平台", null, null, null, "接口账户", Set.of(Role.INTEROP_CLIENT)));

    @Inject
    private Settings settings;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogService catalogService;

    @PostConstruct
    void createDemoAccounts() {
        if (!settings.demoData() || em.createNamedQuery("Staff.count", Long.class).getSingleResult() > 0) {
            return;
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (StaffDetails account : ACCOUNTS) {
            Staff staff = new Staff(account.username(), account.fullName(),
                    PasswordHasher.hash(DEMO_PASSWORD.toCharArray()), now);
            staff.setPost(account.post());
            staff.setRoles(account.roles());
            if (account.departmentCode() != null) {
                catalogService.findDepartment(account.departmentCode()).ifPresent(staff::setDepartment);
            }
            em.persist(staff);
        }
        LOG.info(() -> ACCOUNTS.size() + " demo staff accounts created");
    }
}
