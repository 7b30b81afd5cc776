package org.govflow.complaint;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a complainant (or a member of staff taking a call) enters. The form binds to it directly, so what
 * was typed survives a refused submission; {@link #problems()} holds the rules, one message key per field.
 */
public class ComplaintDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_CONTENT = 2000;
    public static final int MAX_CASE_NUMBER = 40;
    public static final int MAX_WINDOW = 100;
    public static final int MAX_NAME = 60;
    public static final int MAX_EMAIL = 254;

    /** A mainland mobile number, optionally with the country code. */
    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");
    /** A mainland landline: area code, number, optional extension. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()（）]");

    private TargetKind targetKind = TargetKind.DEPARTMENT;
    private String department;
    private String caseNumber;
    private String window;
    private ComplaintCategory category;
    private String content;
    private boolean anonymous;
    private String name;
    private String phone;
    private String email;

    /** The invalid fields, by property name, each with the message key that says what is wrong. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        checkTarget(problems);
        if (category == null) {
            problems.put("category", "complaint.category.required");
        }
        if (isBlank(content)) {
            problems.put("content", "complaint.content.required");
        } else if (content.length() > MAX_CONTENT) {
            problems.put("content", "complaint.content.tooLong");
        }
        if (!anonymous) {
            checkComplainant(problems);
        }
        return Collections.unmodifiableMap(problems);
    }

    private void checkTarget(Map<String, String> problems) {
        if (targetKind == null) {
            problems.put("targetKind", "complaint.targetKind.required");
            return;
        }
        switch (targetKind) {
            case DEPARTMENT -> {
                if (isBlank(department)) {
                    problems.put("department", "complaint.department.required");
                }
            }
            case CASE -> {
                if (isBlank(caseNumber)) {
                    problems.put("caseNumber", "complaint.caseNumber.required");
                } else if (caseNumber.strip().length() > MAX_CASE_NUMBER) {
                    problems.put("caseNumber", "complaint.caseNumber.tooLong");
                }
            }
            case WINDOW -> {
                if (isBlank(window)) {
                    problems.put("window", "complaint.window.required");
                } else if (window.strip().length() > MAX_WINDOW) {
                    problems.put("window", "complaint.window.tooLong");
                }
            }
        }
    }

    private void checkComplainant(Map<String, String> problems) {
        if (isBlank(name)) {
            problems.put("name", "complaint.name.required");
        } else if (name.strip().length() > MAX_NAME) {
            problems.put("name", "complaint.name.tooLong");
        }
        if (isBlank(phone)) {
            problems.put("phone", "complaint.phone.required");
        } else if (!isValidPhone(phone)) {
            problems.put("phone", "complaint.phone.invalid");
        }
        if (!isBlank(email) && !isValidEmail(email)) {
            problems.put("email", "complaint.email.invalid");
        }
    }

    /** Whether a number is a mainland mobile or landline number; spaces and brackets are ignored. */
    public static boolean isValidPhone(String phone) {
        String digits = normalizePhone(phone);
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches();
    }

    public static boolean isValidEmail(String email) {
        String address = email.strip();
        return address.length() <= MAX_EMAIL && EMAIL.matcher(address).matches();
    }

    static String normalizePhone(String phone) {
        return PHONE_SEPARATORS.matcher(phone).replaceAll("");
    }

    /** What identifies the target: the department code, the acceptance number or the window, stripped. */
    String targetReference() {
        return switch (targetKind) {
            case DEPARTMENT -> department.strip();
            case CASE -> caseNumber.strip();
            case WINDOW -> window.strip();
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
