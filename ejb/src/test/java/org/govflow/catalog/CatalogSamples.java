package org.govflow.catalog;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** A small valid catalogue as CSV text, for tests to break one rule at a time. */
final class CatalogSamples {

    static final String DEPARTMENTS = """
            code,name,windows,phone,address,active
            SCJ,市市场监督管理局,C01,0588-87611001,市政务服务中心二楼C区,true
            ZJJ,市住房和城乡建设局,C02,0588-87611002,市政务服务中心二楼C区,true
            XFJ,市消防救援支队,C03,0588-87611003,市政务服务中心二楼C区,true
            """;

    static final String ITEMS = """
            code,name,kind,department_code,legal_basis,conditions,legal_days,promised_days,\
            fee_standard,fee_basis,phone,publish_decisions
            SCJ-001,食品经营许可（新办）,LICENCE,SCJ,《中华人民共和国食品安全法》第三十五条,\
            有与经营的食品品种相适应的场所。,20,10,不收费,,0588-87611001,true
            SCJ-002,食品经营许可（变更）,LICENCE,SCJ,《中华人民共和国食品安全法》第三十五条,\
            已取得食品经营许可。,20,5,按件收费,《收费文件》,0588-87611001,false
            """;

    static final String MATERIALS = """
            item_code,seq,name,form,copies,mandatory,template_file
            SCJ-001,1,食品经营许可申请书,ORIGINAL,1,true,申请书.pdf
            SCJ-001,2,营业执照,COPY,1,true,
            SCJ-002,1,变更申请书,ORIGINAL,1,true,
            SCJ-002,2,授权委托书,ORIGINAL_AND_COPY,2,false,
            """;

    static final String STEPS = """
            item_code,seq,name,kind,department_code,post,person,limit_days,excluded,parallel_group
            SCJ-001,1,受理,ACCEPT,SCJ,综合受理窗口,,1,false,
            SCJ-001,2,联合审查（住建）,REVIEW,ZJJ,行政审批科科员,,3,false,G1
            SCJ-001,3,联合审查（消防）,REVIEW,XFJ,行政审批科科员,,3,false,G1
            SCJ-001,4,现场勘查,REVIEW,SCJ,行政审批科科员,,5,true,
            SCJ-001,5,决定,DECISION,SCJ,行政审批科科长,张三,2,false,
            SCJ-001,6,发证,ISSUE,SCJ,出件窗口,,1,false,
            SCJ-002,1,受理,ACCEPT,SCJ,综合受理窗口,,0,false,
            SCJ-002,2,审查,REVIEW,SCJ,行政审批科科员,,2,false,
            SCJ-002,3,决定,DECISION,SCJ,行政审批科科长,,2,false,
            SCJ-002,4,送达,ISSUE,SCJ,出件窗口,,1,false,
            """;

    private CatalogSamples() {
    }

    /** The sample's four files by table. */
    static Map<CatalogTable, String> files() {
        Map<CatalogTable, String> files = new EnumMap<>(CatalogTable.class);
        files.put(CatalogTable.DEPARTMENTS, DEPARTMENTS);
        files.put(CatalogTable.ITEMS, ITEMS);
        files.put(CatalogTable.MATERIALS, MATERIALS);
        files.put(CatalogTable.STEPS, STEPS);
        return files;
    }

    static RawCatalog read(Map<CatalogTable, String> files) {
        Map<CatalogTable, byte[]> bytes = new EnumMap<>(CatalogTable.class);
        files.forEach((table, text) -> bytes.put(table, text.getBytes(StandardCharsets.UTF_8)));
        return CatalogCsv.read(bytes);
    }

    /** A validator that knows no stored department and only the form 申请书.pdf. */
    static CatalogValidator validator() {
        return new CatalogValidator(Set.of(), "申请书.pdf"::equals);
    }
}
