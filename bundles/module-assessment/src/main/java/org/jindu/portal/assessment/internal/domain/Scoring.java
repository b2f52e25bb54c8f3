package org.jindu.portal.assessment.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * Scoring against a standard (考评验收, CA-5). Each assessor fills one sheet: a score for every scored item (0 to its
 * maximum) and, for every veto item, whether it was violated. The result averages the assessors' scores per item;
 * a veto item violated on any sheet fails the assessment (一票否决), whatever the total.
 */
public final class Scoring {
    private Scoring() {
    }

    /** One item on one sheet. {@code score} is ignored for veto items, {@code vetoViolated} for scored ones. */
    public record ItemScore(double score, boolean vetoViolated, String comment) {
    }

    /** One assessor's sheet. */
    public record Sheet(long assessorId, Map<String, ItemScore> items) {
    }

    /**
     * The outcome.
     *
     * @param total          sum of the per-item averages, one decimal
     * @param maxTotal       the standard's maximum
     * @param itemAverages   average per scored item
     * @param vetoViolations codes of the veto items violated on any sheet
     * @param passed         total reaches the pass mark and no veto item was violated
     */
    public record Result(double total, double maxTotal, Map<String, Double> itemAverages, Set<String> vetoViolations,
                         boolean passed) {
    }

    /** Checks a sheet before it is submitted: every item present, scores within their range, no unknown items. */
    public static void validate(Standard standard, Map<String, ItemScore> items) {
        List<FieldError> errors = new ArrayList<>();
        for (Standard.Item item : standard.items()) {
            ItemScore s = items.get(item.code());
            if (s == null) {
                errors.add(new FieldError("items." + item.code(), Text.of("未评分: " + item.title(), "not scored: " + item.titleEn())));
            } else if (!item.veto() && (s.score() < 0 || s.score() > item.maxScore())) {
                errors.add(new FieldError("items." + item.code(), Text.of("得分须在 0 到 " + fmt(item.maxScore()) + " 之间",
                        "the score must be between 0 and " + fmt(item.maxScore()))));
            } else if (item.veto() && s.vetoViolated() && (s.comment() == null || s.comment().isBlank())) {
                errors.add(new FieldError("items." + item.code(), Text.of("否决项被触发时须说明情况", "explain why the veto item is violated")));
            }
        }
        for (String code : items.keySet()) {
            if (standard.item(code).isEmpty()) {
                errors.add(new FieldError("items." + code, Text.of("标准中没有条目 " + code, "the standard has no item " + code)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static Result compute(Standard standard, List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no score sheets");
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        Set<String> vetoes = new TreeSet<>();
        double total = 0;
        for (Standard.Item item : standard.items()) {
            if (item.veto()) {
                for (Sheet sheet : sheets) {
                    ItemScore s = sheet.items().get(item.code());
                    if (s != null && s.vetoViolated()) {
                        vetoes.add(item.code());
                    }
                }
            } else {
                double sum = 0;
                for (Sheet sheet : sheets) {
                    ItemScore s = sheet.items().get(item.code());
                    sum += s == null ? 0 : s.score();
                }
                double avg = round(sum / sheets.size());
                averages.put(item.code(), avg);
                total += avg;
            }
        }
        total = round(total);
        return new Result(total, standard.maxTotal(), averages, vetoes, vetoes.isEmpty() && total >= standard.passMark());
    }

    public static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
