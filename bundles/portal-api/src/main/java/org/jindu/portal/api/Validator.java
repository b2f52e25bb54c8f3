package org.jindu.portal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors and throws one {@link ValidationException} naming all of them. The same checks run for
 * a form in the UI and for a REST or SOAP request, because both call the same service method.
 *
 * <pre>{@code
 * new Validator()
 *     .required("name", dto.name, Text.of("名称", "Name"))
 *     .maxLength("name", dto.name, 100)
 *     .throwIfInvalid();
 * }</pre>
 */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * A date given as text in a query parameter or a SOAP field ({@code yyyy-MM-dd}); {@code null} when blank.
     *
     * @throws ValidationException naming the field when it is not a date
     * @since 1.3
     */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("日期格式应为 yyyy-MM-dd", "the date must be yyyy-MM-dd"));
        }
    }

    public Validator required(String field, Object value, Text label) {
        if (value == null || (value instanceof String && ((String) value).isBlank())) {
            errors.add(new FieldError(field, Text.of(label.zh() + "不能为空", label.en() + " is required")));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, Text.of("长度不能超过 " + max + " 个字符", "must be at most " + max + " characters")));
        }
        return this;
    }

    public Validator pattern(String field, String value, Pattern pattern, Text description) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, description));
        }
        return this;
    }

    public Validator range(String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            errors.add(new FieldError(field, Text.of("必须在 " + fmt(min) + " 到 " + fmt(max) + " 之间",
                    "must be between " + fmt(min) + " and " + fmt(max))));
        }
        return this;
    }

    public Validator notAfter(String field, LocalDate value, LocalDate latest, Text latestLabel) {
        if (value != null && latest != null && value.isAfter(latest)) {
            errors.add(new FieldError(field, Text.of("不能晚于" + latestLabel.zh(), "must not be after " + latestLabel.en())));
        }
        return this;
    }

    /** Adds an error when the condition is false. */
    public Validator check(boolean condition, String field, Text message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validator add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
