package org.govflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the official calendar CSV format: a required header {@code date,kind,name}, then one line
 * per entry such as {@code 2025-01-28,holiday,春节}; kind is {@code holiday} or {@code workday}. There is no
 * quoting, so names must not contain ASCII commas or line breaks. Parsing reports all faults at once.
 */
public final class CalendarCsv {

    /** The required header line. */
    public static final String HEADER = "date,kind,name";

    private static final String[] WEEKDAY_NAMES = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private CalendarCsv() {
    }

    /**
     * Parses a calendar file. Empty lines are skipped; a leading UTF-8 byte-order mark is ignored.
     *
     * @param in the file content; not closed by this method
     * @return the entries in file order
     * @throws CalendarFormatException listing every faulty line if the file is malformed
     * @throws UncheckedIOException if reading fails
     */
    public static List<CalendarEntry> parse(Reader in) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        BufferedReader reader = in instanceof BufferedReader br ? br : new BufferedReader(in);
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (line.strip().equalsIgnoreCase(HEADER)) {
                        continue;
                    }
                    problems.add(at(lineNo, "缺少表头 \"" + HEADER + "\""));
                }
                parseLine(line, lineNo, entries, problems, lineOfDate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar file", e);
        }
        if (!headerSeen) {
            problems.add(at(1, "缺少表头 \"" + HEADER + "\"（文件为空）"));
        }
        if (!problems.isEmpty()) {
            throw new CalendarFormatException(problems);
        }
        return List.copyOf(entries);
    }

    /**
     * Writes entries in the format read by {@link #parse(Reader)}, header first, each line ending with a newline.
     *
     * @param entries the entries, written in the given order
     * @return the file content
     * @throws IllegalArgumentException if a name contains a comma or a line break
     */
    public static String format(List<CalendarEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (CalendarEntry entry : entries) {
            String name = entry.name();
            if (name.indexOf(',') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("Name of " + entry.date()
                        + " contains a comma or line break and cannot be written: " + name);
            }
            sb.append(entry.date()).append(',')
                    .append(entry.kind().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(name).append('\n');
        }
        return sb.toString();
    }

    private static void parseLine(String line, int lineNo, List<CalendarEntry> entries, List<String> problems,
            Map<LocalDate, Integer> lineOfDate) {
        String[] cols = line.split(",", -1);
        if (cols.length != 3) {
            problems.add(at(lineNo, "列数错误，应为 3 列，实际 " + cols.length + " 列"));
            return;
        }
        String dateText = cols[0].strip();
        String kindText = cols[1].strip();
        String name = cols[2].strip();
        int before = problems.size();

        LocalDate date = null;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(at(lineNo, "日期格式错误 \"" + dateText + "\""));
        }
        CalendarEntry.Kind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
            case "holiday" -> CalendarEntry.Kind.HOLIDAY;
            case "workday" -> CalendarEntry.Kind.WORKDAY;
            default -> null;
        };
        if (kind == null) {
            problems.add(at(lineNo, "类型未知 \"" + kindText + "\"（应为 holiday 或 workday）"));
        }
        if (name.isEmpty()) {
            problems.add(at(lineNo, "名称为空"));
        }
        if (date != null && kind == CalendarEntry.Kind.WORKDAY && !CalendarEntry.isWeekend(date)) {
            problems.add(at(lineNo, "调休上班日 " + date + " 是" + weekdayName(date.getDayOfWeek())
                    + "，应在周六或周日"));
        }
        if (date != null) {
            Integer firstLine = lineOfDate.putIfAbsent(date, lineNo);
            if (firstLine != null) {
                problems.add(at(lineNo, "日期重复 \"" + date + "\"（第" + firstLine + "行已有）"));
            }
        }
        if (problems.size() == before) {
            entries.add(new CalendarEntry(date, kind, name));
        }
    }

    private static String weekdayName(DayOfWeek dow) {
        return WEEKDAY_NAMES[dow.getValue() - 1];
    }

    private static String at(int lineNo, String reason) {
        return "第" + lineNo + "行：" + reason;
    }
}
