package org.jindu.portal.api.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/** Formatting and small building blocks that every module's views share, so that screens look and read alike. */
public final class UiKit {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private UiKit() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public static String text(String s) {
        return s == null ? "" : s;
    }

    /** A number typed into a text field; empty is {@code null}, anything else but a number an error on the field. */
    public static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace('，', '.').replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, Text.of("请输入数字", "enter a number"));
        }
    }

    public static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, Text.of("请输入整数", "enter a whole number"));
        }
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.addStyleName(ValoTheme.LABEL_H3);
        l.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        return l;
    }

    public static Label note(String text) {
        Label l = new Label(text);
        l.addStyleName(ValoTheme.LABEL_SMALL);
        l.addStyleName(ValoTheme.LABEL_LIGHT);
        l.setWidth("100%");
        return l;
    }

    /** Makes a button download a file produced when clicked (the source runs with the session's user). */
    public static void download(AbstractComponent button, String fileName, StreamResource.StreamSource source) {
        StreamResource resource = new StreamResource(source, fileName);
        resource.setCacheTime(0);
        new FileDownloader(resource).extend(button);
    }
}
