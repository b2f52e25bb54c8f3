package org.jindu.portal.control.internal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * A resident ID-card number (公民身份号码, GB 11643-1999): 6-digit area code, birth date {@code yyyyMMdd}, 3-digit
 * sequence (odd for men, even for women) and a check digit (ISO 7064 MOD 11-2, {@code X} for 10). The messages never
 * repeat the number: they end up in logs and on screens of users who may not see it.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private IdNumber() {
    }

    /** Trims and upper-cases the check digit; {@code null} stays {@code null}. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase();
    }

    /** What is wrong with the number, or empty when it is valid (dates after {@code today} are wrong). */
    public static Optional<Text> problem(String raw, LocalDate today) {
        String id = normalise(raw);
        if (id == null || id.isEmpty()) {
            return Optional.of(Text.of("请填写身份证号", "the ID number is required"));
        }
        if (id.length() != 18) {
            return Optional.of(Text.of("身份证号应为 18 位，实为 " + id.length() + " 位",
                    "an ID number has 18 characters, this one has " + id.length()));
        }
        if (!id.substring(0, 17).chars().allMatch(Character::isDigit) || !(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')) {
            return Optional.of(Text.of("身份证号前 17 位须为数字，末位为数字或 X",
                    "the first 17 characters must be digits and the last a digit or X"));
        }
        Optional<LocalDate> birth = date(id);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST) || birth.get().isAfter(today)) {
            return Optional.of(Text.of("身份证号中的出生日期无效", "the birth date in the ID number is not a valid date"));
        }
        if (checkDigit(id) != id.charAt(17)) {
            return Optional.of(Text.of("身份证号校验位不正确，请核对", "the check digit of the ID number is wrong; please check the number"));
        }
        return Optional.empty();
    }

    /** The normalised number, or a {@link ValidationException} on {@code field} saying what is wrong. */
    public static String require(String raw, String field, LocalDate today) {
        problem(raw, today).ifPresent(p -> {
            throw ValidationException.of(field, p);
        });
        return normalise(raw);
    }

    /** The check digit of the first 17 digits. */
    public static char checkDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date of a valid number. */
    public static LocalDate birthDate(String id) {
        return date(id).orElseThrow();
    }

    /** The gender of a valid number. */
    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Completes 17 digits with their check digit (for fictional demo numbers). */
    public static String withCheckDigit(String first17) {
        return first17 + checkDigit(first17);
    }

    private static Optional<LocalDate> date(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
