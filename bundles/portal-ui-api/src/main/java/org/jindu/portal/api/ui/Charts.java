package org.jindu.portal.api.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;

/**
 * Small charts rendered on the server as SVG: no JavaScript library, printable, and readable by tests. Enough for
 * dashboards (coverage per year against a target line, counts per status); each bar carries its value as a tooltip.
 */
public final class Charts {
    private static final String[] COLOURS = {"#2c5490", "#b3282d", "#3a8a4b", "#d18b1f", "#6b4c9a", "#2b8a8a"};

    private Charts() {
    }

    /** One series of labelled values. */
    public record Series(String name, List<? extends Number> values) {
    }

    /**
     * Grouped bars, one group per label and one bar per series, with an optional horizontal target line.
     *
     * @param id     DOM id of the chart (for tests and styling)
     * @param unit   appended to values in tooltips and on the axis, e.g. "%"
     * @param target value of the target line, or {@code null}
     */
    public static Label bars(String id, String title, List<String> labels, List<Series> series, String unit, Double target) {
        int width = 640;
        int height = 260;
        int left = 48;
        int bottom = 36;
        int top = 28;
        double max = target == null ? 0 : target;
        for (Series s : series) {
            for (Number v : s.values()) {
                max = Math.max(max, v == null ? 0 : v.doubleValue());
            }
        }
        max = axisMax(max, series);
        int plotH = height - bottom - top;
        int plotW = width - left - 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" style=\"max-width:").append(width).append("px\">");
        svg.append("<title>").append(esc(title)).append("</title>");
        svg.append("<text x=\"").append(left).append("\" y=\"16\" font-size=\"13\" font-weight=\"600\">").append(esc(title)).append("</text>");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            int y = top + plotH - (int) Math.round(plotH * i / 4.0);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#e3e7ee\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#667\">")
                    .append(fmt(v)).append(esc(unit)).append("</text>");
        }
        int groups = Math.max(1, labels.size());
        double groupW = (double) plotW / groups;
        double barW = Math.max(4, (groupW * 0.7) / Math.max(1, series.size()));
        for (int g = 0; g < labels.size(); g++) {
            double x0 = left + g * groupW + groupW * 0.15;
            for (int s = 0; s < series.size(); s++) {
                List<? extends Number> values = series.get(s).values();
                double v = g < values.size() && values.get(g) != null ? values.get(g).doubleValue() : 0;
                int h = (int) Math.round(plotH * v / max);
                double x = x0 + s * barW;
                svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(top + plotH - h)
                        .append("\" width=\"").append(fmt(barW - 2)).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\" data-value=\"").append(fmt(v)).append("\"><title>")
                        .append(esc(series.get(s).name())).append(' ').append(esc(labels.get(g))).append(": ")
                        .append(fmt(v)).append(esc(unit)).append("</title></rect>");
            }
            svg.append("<text x=\"").append(fmt(left + g * groupW + groupW / 2)).append("\" y=\"").append(height - bottom + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(esc(labels.get(g))).append("</text>");
        }
        if (target != null) {
            int y = top + plotH - (int) Math.round(plotH * target / max);
            svg.append("<line class=\"target\" x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#b3282d\" stroke-dasharray=\"6 4\" stroke-width=\"2\"/>");
            svg.append("<text x=\"").append(width - 12).append("\" y=\"").append(y - 4).append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#b3282d\">")
                    .append(fmt(target)).append(esc(unit)).append("</text>");
        }
        int lx = left;
        for (int s = 0; s < series.size() && series.size() > 1; s++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(height - 12).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"").append(height - 3)
                    .append("\" font-size=\"11\">").append(esc(series.get(s).name())).append("</text>");
            lx += 24 + series.get(s).name().length() * 12;
        }
        svg.append("</svg>");
        Label label = new Label(svg.toString(), ContentMode.HTML);
        label.setId(id);
        label.setWidth("100%");
        return label;
    }

    /**
     * The top of the value axis: four gridline steps of a round size (1, 2, 2.5 or 5 times a power of ten), whole
     * numbers when every value is whole, so that counts read 0, 1, 2, 3, 4 and not 1.3, 2.5, 3.8.
     */
    static double axisMax(double max, List<Series> series) {
        if (max <= 0) {
            return 4;
        }
        boolean whole = series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.doubleValue() == Math.rint(v.doubleValue()));
        double step = niceCeiling(max / 4);
        if (whole && step < 1) {
            step = 1;
        }
        if (whole && step != Math.rint(step)) {
            step = Math.ceil(step);
        }
        return step * 4;
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        double[] steps = {1, 2, 2.5, 5, 10};
        for (double s : steps) {
            if (s * magnitude >= v) {
                return s * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
