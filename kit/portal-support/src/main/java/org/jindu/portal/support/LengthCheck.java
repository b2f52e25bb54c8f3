package org.jindu.portal.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.Column;

import org.apache.openjpa.event.LifecycleEvent;
import org.apache.openjpa.event.StoreListener;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * The last guard before a text reaches a column too short for it: every new or changed entity's text fields are
 * checked against their declared {@code @Column(length)} before they are written, and a text too long is an input
 * error naming the field and its limit (400), not a database error (500). Services still validate what they know
 * better (formats, required fields); this catches what one of them forgot. Fields without a declared length (JPA's
 * default 255) are left to the database: their column may be wider.
 */
final class LengthCheck implements StoreListener {
    static final LengthCheck INSTANCE = new LengthCheck();
    private static final Map<Class<?>, List<Limit>> LIMITS = new ConcurrentHashMap<>();

    private record Limit(Field field, int length) {
    }

    private LengthCheck() {
    }

    @Override
    public void beforeStore(LifecycleEvent event) {
        check(event.getSource());
    }

    @Override
    public void afterStore(LifecycleEvent event) {
    }

    static void check(Object entity) {
        if (entity == null) {
            return;
        }
        for (Limit limit : LIMITS.computeIfAbsent(entity.getClass(), LengthCheck::limits)) {
            Object value;
            try {
                value = limit.field().get(entity);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (value instanceof String s && s.length() > limit.length()) {
                throw ValidationException.of(limit.field().getName(), Text.of("最多 " + limit.length() + " 个字符（现有 " + s.length() + " 个）",
                        "at most " + limit.length() + " characters (" + s.length() + " given)"));
            }
        }
    }

    private static List<Limit> limits(Class<?> type) {
        List<Limit> limits = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column != null && f.getType() == String.class && column.length() != 255 && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, column.length()));
                }
            }
        }
        return List.copyOf(limits);
    }
}
