package org.govflow.platform;

import jakarta.inject.Inject;
import org.govflow.testing.DatabaseProbe;
import org.govflow.testing.ServiceDeployment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration tests run once on H2 and once on PostgreSQL (see the parent pom): each run must really be
 * on its database, and Chinese text must come back unchanged and sort the same way on both.
 */
class DatabaseIT extends ServiceDeployment {

    @Inject
    private DatabaseProbe database;

    @Test
    void runsOnTheDatabaseThisTestRunIsFor() throws Exception {
        String expected = System.getProperty("govflow.test.database");
        assertThat(expected).as("govflow.test.database, set in arquillian.xml").isNotBlank();
        assertThat(database.productName()).isEqualToIgnoringCase(expected.equals("h2") ? "H2" : "PostgreSQL");
    }

    @Test
    void chineseTextAndIdentifiersComeBackUnchanged() {
        // Simplified and traditional, a character outside the BMP (𠮷), full-width punctuation, an ID number's X
        List<String> names = List.of("市市场监督管理局", "臺北市政府", "𠮷野家（测试）", "张三·阿不都热依木",
                "统一社会信用代码91350100M000100Y43", "11010519491231002X", "ﾃｽﾄ 테스트 Ärger ñ");

        List<String> stored = database.storeAndReadByName("DBIT-RT-", names);

        assertThat(stored).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, names.size()).mapToObj(i -> "DBIT-RT-" + i + "=" + names.get(i)).toList());
    }

    @Test
    void chineseNamesSortByCodePointAndTiesByIdOnBothDatabases() {
        // The tests' PostgreSQL cluster is created with the C.UTF-8 collation, which orders by code point as H2
        // does; equal names keep the order they were stored in because every such list ends with the id
        List<String> names = List.of("王五", "张三", "李四", "张三", "阿里巴巴", "李四光", "张三丰", "王五");

        List<String> stored = database.storeAndReadByName("DBIT-SO-", names);

        Comparator<Integer> byCodePoint = Comparator.comparing(names::get, DatabaseIT::compareCodePoints);
        List<String> expected = IntStream.range(0, names.size()).boxed()
                .sorted(byCodePoint.thenComparing(Comparator.naturalOrder()))
                .map(i -> "DBIT-SO-" + i + "=" + names.get(i))
                .toList();
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
