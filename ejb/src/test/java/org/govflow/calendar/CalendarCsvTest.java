package org.govflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCsvTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = CalendarCsvTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<CalendarEntry> parse(String text) {
        return CalendarCsv.parse(new StringReader(text));
    }

    @ParameterizedTest(name = "{0}: {1} entries, {2} holidays, {3} make-up days")
    @CsvSource({
        "/calendar/cn-2025.csv, 33, 28, 5",
        "/calendar/cn-2026.csv, 39, 33, 6",
    })
    void parsesBundledFiles(String path, int total, int holidays, int makeUpDays) throws IOException {
        String text = resource(path);

        List<CalendarEntry> entries = parse(text);

        assertThat(entries).hasSize(total);
        assertThat(entries).filteredOn(e -> e.kind() == CalendarEntry.Kind.HOLIDAY).hasSize(holidays);
        assertThat(entries).filteredOn(e -> e.kind() == CalendarEntry.Kind.WORKDAY).hasSize(makeUpDays);
    }

    @Test
    void readsDateKindAndName() {
        String text = "date,kind,name\n2025-09-28,workday,国庆节、中秋节调休上班\n";

        List<CalendarEntry> entries = parse(text);

        assertThat(entries).containsExactly(
                new CalendarEntry(LocalDate.of(2025, 9, 28), CalendarEntry.Kind.WORKDAY, "国庆节、中秋节调休上班"));
    }

    @Test
    void reportsOneMessagePerFaultyLine() {
        String text = String.join("\n",
                "date,kind,name",
                "2025-01-01,holiday,元旦",
                "2025-13-01,holiday,坏日期",
                "",
                "2025-01-02,vacation,假期",
                "2025-01-06,workday,周一上班",
                "2025-01-01,holiday,元旦",
                "2025-01-07,holiday",
                "2025-02-08,workday,春节调休上班",
                "2025-02-09,holiday,");

        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(text));

        assertThat(e.problems()).containsExactly(
                "第3行：日期格式错误 \"2025-13-01\"",
                "第5行：类型未知 \"vacation\"（应为 holiday 或 workday）",
                "第6行：调休上班日 2025-01-06 是星期一，应在周六或周日",
                "第7行：日期重复 \"2025-01-01\"（第2行已有）",
                "第8行：列数错误，应为 3 列，实际 2 列",
                "第10行：名称为空");
        assertThat(e.getMessage()).contains("第3行").contains("第10行");
    }

    @Test
    void reportsSeveralFaultsOnOneLine() {
        String text = "date,kind,name\n2025-02-30,sometimes,假\n";

        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(text));

        assertThat(e.problems()).containsExactly(
                "第2行：日期格式错误 \"2025-02-30\"",
                "第2行：类型未知 \"sometimes\"（应为 holiday 或 workday）");
    }

    @Test
    void requiresHeader() {
        String text = "2025-01-01,holiday,元旦\n";

        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse(text));

        assertThat(e.problems()).containsExactly("第1行：缺少表头 \"date,kind,name\"");
    }

    @Test
    void rejectsEmptyFile() {
        CalendarFormatException e = assertThrows(CalendarFormatException.class, () -> parse("\n\n"));

        assertThat(e.problems()).singleElement().asString().startsWith("第1行：缺少表头");
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEndings() {
        String text = "\uFEFFdate,kind,name\r\n2025-01-01,holiday,元旦\r\n\r\n2025-01-26,workday,春节调休上班\r\n";

        List<CalendarEntry> entries = parse(text);

        assertThat(entries).extracting(CalendarEntry::name).containsExactly("元旦", "春节调休上班");
    }

    @ParameterizedTest
    @CsvSource({"/calendar/cn-2025.csv", "/calendar/cn-2026.csv"})
    void formatsBundledFilesBackToTheSameText(String path) throws IOException {
        String text = resource(path);

        String formatted = CalendarCsv.format(parse(text));

        assertThat(formatted).isEqualTo(text);
    }

    @Test
    void roundTripsEntriesThroughFormatAndParse() {
        List<CalendarEntry> entries = List.of(
                new CalendarEntry(LocalDate.of(2026, 1, 1), CalendarEntry.Kind.HOLIDAY, "元旦"),
                new CalendarEntry(LocalDate.of(2026, 1, 4), CalendarEntry.Kind.WORKDAY, "元旦调休上班"));

        List<CalendarEntry> parsed = parse(CalendarCsv.format(entries));

        assertThat(parsed).isEqualTo(entries);
    }

    @Test
    void refusesToFormatNameWithComma() {
        List<CalendarEntry> entries = List.of(
                new CalendarEntry(LocalDate.of(2026, 1, 1), CalendarEntry.Kind.HOLIDAY, "元旦,新年"));

        assertThrows(IllegalArgumentException.class, () -> CalendarCsv.format(entries));
    }
}
