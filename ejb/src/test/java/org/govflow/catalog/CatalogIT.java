package org.govflow.catalog;

import jakarta.inject.Inject;
import org.govflow.testing.ServiceDeployment;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue as loaded on first start from the bundled files, and read back through the service. */
class CatalogIT extends ServiceDeployment {

    @Inject
    private CatalogService catalogService;

    @Test
    void bundledCatalogueIsLoadedWholeOnFirstStart() {
        CatalogData files = CatalogCsv.readBundled();

        assertThat(catalogService.listDepartments()).hasSize(44).hasSize(files.departments().size());
        assertThat(catalogService.countItems()).isEqualTo(769).isEqualTo(files.items().size());
        Map<String, Long> perDepartment = catalogService.countItemsByDepartment();
        assertThat(perDepartment.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(769);
        assertThat(perDepartment).containsEntry("SCJ", 56L);
    }

    @Test
    void publishedVersionCarriesMaterialsAndFlowFromWindowToWindow() {
        ItemVersion version = catalogService.getPublishedVersion("FGW-001");

        assertThat(version.getName()).isEqualTo("企业投资项目核准（首次申请）");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version.getPromisedDays()).isBetween(1, version.getLegalDays());
        assertThat(version.getMaterials()).isNotEmpty();
        assertThat(version.getSteps().get(0).getKind()).isEqualTo(StepKind.ACCEPT);
        assertThat(version.getSteps().get(version.getSteps().size() - 1).getKind()).isEqualTo(StepKind.ISSUE);
        assertThat(version.getSteps()).filteredOn(FlowStep::isParallel)
                .extracting(s -> s.getDepartment().getCode())
                .contains("FGW", "ZRJ", "STJ");
        assertThat(catalogService.findFormTemplate(version.getMaterials().get(0).getTemplateFile()))
                .hasValueSatisfying(form -> assertThat(form.getContentType()).isEqualTo("application/pdf"));
    }

    @Test
    void publishedVersionsArePagedByCodeAndFilteredByDepartmentAndPublication() {
        List<ItemVersion> first = catalogService.listPublishedVersions(null, null, 0, 10);
        List<ItemVersion> second = catalogService.listPublishedVersions(null, null, 10, 10);
        OffsetDateTime published = first.get(0).getPublishedAt();

        assertThat(catalogService.countPublishedVersions(null, null)).isEqualTo(769);
        assertThat(first).hasSize(10).extracting(v -> v.getItem().getCode()).isSorted()
                .doesNotContainAnyElementsOf(second.stream().map(v -> v.getItem().getCode()).toList());
        assertThat(first).allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(VersionStatus.PUBLISHED));
        assertThat(catalogService.countPublishedVersions("SCJ", null)).isEqualTo(56);
        assertThat(catalogService.listPublishedVersions("SCJ", null, 0, 100)).hasSize(56)
                .allSatisfy(v -> assertThat(v.getItem().getDepartment().getCode()).isEqualTo("SCJ"));
        assertThat(catalogService.countPublishedVersions(null, published.minusSeconds(1))).isEqualTo(769);
        assertThat(catalogService.countPublishedVersions(null, published.plusYears(1))).isZero();
    }
}
