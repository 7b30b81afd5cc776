package org.govflow.calendar;

import java.util.List;

/**
 * Thrown when a holiday calendar file is malformed. It carries every problem found in the file, one Chinese
 * message per fault, each starting with the line number (e.g. {@code 第3行：日期格式错误 "2025-13-01"}).
 */
public class CalendarFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems all problems found, at least one
     */
    public CalendarFormatException(List<String> problems) {
        super(buildMessage(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns all problems found, in file order.
     *
     * @return an unmodifiable list of messages
     */
    public List<String> problems() {
        return problems;
    }

    private static String buildMessage(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return "日历文件格式错误（" + problems.size() + " 处）：" + String.join("；", problems);
    }
}
