package org.jindu.portal.api.data;

/** Masking of sensitive values for display and export, for users who may not see them in full. */
public final class Masking {
    private Masking() {
    }

    /** Keeps the first 4 and the last 4 characters of an ID-card number: {@code 4403**********1234}. */
    public static String idNumber(String id) {
        return keep(id, 4, 4);
    }

    /** Keeps the first 3 and the last 4 digits of a phone number: {@code 138****5678}. */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** Keeps the family name (first character) of a Chinese name: {@code 张**}. */
    public static String name(String name) {
        return keep(name, 1, 0);
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters and stars the rest (all stars when too short). */
    public static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        if (n <= head + tail) {
            return "*".repeat(n);
        }
        return value.substring(0, head) + "*".repeat(n - head - tail) + value.substring(n - tail);
    }
}
