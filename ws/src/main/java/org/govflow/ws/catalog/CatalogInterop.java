package org.govflow.ws.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govflow.catalog.CatalogService;
import org.govflow.catalog.Department;
import org.govflow.catalog.FlowStep;
import org.govflow.catalog.Item;
import org.govflow.catalog.ItemVersion;
import org.govflow.catalog.Material;
import org.govflow.platform.NotFoundException;
import org.govflow.ws.Paging;
import org.govflow.ws.Params;
import org.govflow.ws.catalog.dto.DepartmentDto;
import org.govflow.ws.catalog.dto.FlowStepDto;
import org.govflow.ws.catalog.dto.ItemDetailDto;
import org.govflow.ws.catalog.dto.ItemPageDto;
import org.govflow.ws.catalog.dto.ItemSummaryDto;
import org.govflow.ws.catalog.dto.MaterialDto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue for the REST resource and the SOAP endpoint alike, checks paging, and copies what
 * the catalogue service returns into wire records, so no entity leaves the ws module.
 */
@ApplicationScoped
public class CatalogInterop {

    @Inject
    private CatalogService catalog;

    public List<DepartmentDto> listDepartments() {
        Map<String, Long> counts = catalog.countItemsByDepartment();
        return catalog.listDepartments().stream()
                .map(d -> new DepartmentDto(d.getCode(), d.getName(), d.getWindows(), d.getPhone(), d.getAddress(),
                        d.isActive(), counts.getOrDefault(d.getCode(), 0L)))
                .toList();
    }

    /**
     * One page of items by code; page is 1-based. An unknown department is reported rather than answered
     * with an empty page, so a caller's typo does not look like a department without items.
     */
    public ItemPageDto listItems(String departmentCode, OffsetDateTime changedSince, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        if (departmentCode != null && catalog.findDepartment(departmentCode).isEmpty()) {
            throw new NotFoundException("department.notFound", departmentCode);
        }

        long total = catalog.countPublishedVersions(departmentCode, changedSince);
        List<ItemSummaryDto> items = catalog.listPublishedVersions(departmentCode, changedSince, paging.first(),
                        paging.size())
                .stream()
                .map(v -> summary(v.getItem(), v))
                .toList();
        return new ItemPageDto(paging.page(), paging.size(), total, items);
    }

    /** The current guide of an item, with its materials and flow. */
    public ItemDetailDto getItem(String code) {
        Item item = catalog.getItem(Params.required("code", code));
        ItemVersion version = catalog.getPublishedVersion(item.getCode());

        ItemSummaryDto s = summary(item, version);
        return new ItemDetailDto(s.code(), s.name(), s.kind(), s.departmentCode(), s.departmentName(), s.revision(),
                s.publishedAt(), s.legalDays(), s.promisedDays(), version.getLegalBasis(), version.getConditions(),
                version.getFeeStandard(), version.isFree() ? null : version.getFeeBasis(), version.isFree(),
                version.getPhone(), version.isPublishDecisions(),
                version.getMaterials().stream().map(CatalogInterop::material).toList(),
                version.getSteps().stream().map(CatalogInterop::step).toList());
    }

    private static ItemSummaryDto summary(Item item, ItemVersion version) {
        Department department = item.getDepartment();
        return new ItemSummaryDto(item.getCode(), version.getName(), version.getKind().name(), department.getCode(),
                department.getName(), version.getRevision(), version.getPublishedAt().toInstant().toString(),
                version.getLegalDays(), version.getPromisedDays());
    }

    private static MaterialDto material(Material m) {
        return new MaterialDto(m.getSeq(), m.getName(), m.getForm().name(), m.getCopies(), m.isMandatory(),
                m.getTemplateFile());
    }

    private static FlowStepDto step(FlowStep s) {
        return new FlowStepDto(s.getSeq(), s.getName(), s.getKind().name(), s.getDepartment().getCode(),
                s.getDepartment().getName(), s.getPost(), s.getPerson(), s.getLimitDays(), s.isExcluded(),
                s.getParallelGroup());
    }
}
