package org.jindu.portal.assessment.internal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jindu.portal.api.FieldError;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;

/**
 * A creation standard (创建标准, CA-1) in one version: sections of rubric items, each scored up to its maximum or,
 * for a veto item (一票否决), only passed or violated; and a pass mark. Versions are immutable: editing a standard
 * makes a new version, and an assessment keeps the version it was scored against.
 *
 * @param code        stable code, e.g. {@code VILLAGE-6Y5W}
 * @param version     1, 2, …
 * @param level       village or town
 * @param name        Chinese name
 * @param nameEn      English name
 * @param passMark    total score needed to pass (veto items must also hold)
 * @param placeholder whether the items are the shipped placeholders, to be replaced by the official annex text
 * @param sections    the rubric
 */
public record Standard(String code, int version, Level level, String name, String nameEn, double passMark,
                       boolean placeholder, List<Section> sections) {

    /** A group of items, e.g. 六有 or 五无. */
    public record Section(String code, String title, String titleEn, List<Item> items) {
    }

    /**
     * One rubric item.
     *
     * @param code     unique in the standard, e.g. {@code Y1}
     * @param title    what is assessed (Chinese)
     * @param titleEn  English
     * @param maxScore points for a scored item; 0 for a veto item
     * @param guidance how to score it (评分方法)
     * @param evidence what evidence it needs (佐证材料)
     * @param veto     a veto item: if violated, the whole assessment fails whatever the score
     */
    public record Item(String code, String title, String titleEn, double maxScore, String guidance, String evidence,
                       boolean veto) {
        public Text text() {
            return Text.of(title, titleEn);
        }
    }

    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.items()));
        return all;
    }

    public Optional<Item> item(String itemCode) {
        return items().stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** Sum of the scored items' maxima. */
    public double maxTotal() {
        return items().stream().filter(i -> !i.veto()).mapToDouble(Item::maxScore).sum();
    }

    public Text label() {
        return Text.of(name, nameEn);
    }

    /** Checks an edited standard before it becomes a new version; throws naming every problem. */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9\\-]{1,39}")) {
            errors.add(new FieldError("code", Text.of("编码为 2-40 位大写字母、数字或 -", "code: 2-40 upper-case letters, digits or '-'")));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", Text.of("名称不能为空", "name is required")));
        }
        if (level == null) {
            errors.add(new FieldError("level", Text.of("层级不能为空", "level is required")));
        }
        if (sections == null || sections.isEmpty()) {
            errors.add(new FieldError("sections", Text.of("至少需要一个部分", "at least one section is required")));
        }
        Set<String> codes = new HashSet<>();
        int s = 0;
        for (Section section : sections == null ? List.<Section>of() : sections) {
            if (section.title() == null || section.title().isBlank()) {
                errors.add(new FieldError("sections[" + s + "].title", Text.of("部分名称不能为空", "the section title is required")));
            }
            if (section.items() == null || section.items().isEmpty()) {
                errors.add(new FieldError("sections[" + s + "].items", Text.of("每部分至少一项", "each section needs an item")));
            }
            int i = 0;
            for (Item item : section.items() == null ? List.<Item>of() : section.items()) {
                String f = "sections[" + s + "].items[" + i + "]";
                if (item.code() == null || !codes.add(item.code())) {
                    errors.add(new FieldError(f + ".code", Text.of("条目编码缺失或重复: " + item.code(), "item code missing or repeated: " + item.code())));
                }
                if (item.title() == null || item.title().isBlank()) {
                    errors.add(new FieldError(f + ".title", Text.of("条目内容不能为空", "the item text is required")));
                }
                if (item.veto() && item.maxScore() != 0) {
                    errors.add(new FieldError(f + ".maxScore", Text.of("否决项不计分 (分值须为 0)", "a veto item has no points (max 0)")));
                }
                if (!item.veto() && (item.maxScore() <= 0 || item.maxScore() > 100)) {
                    errors.add(new FieldError(f + ".maxScore", Text.of("分值须在 0 到 100 之间", "points must be above 0 and at most 100")));
                }
                i++;
            }
            s++;
        }
        if (errors.isEmpty() && (passMark <= 0 || passMark > maxTotal())) {
            errors.add(new FieldError("passMark", Text.of("合格分须大于 0 且不超过满分 " + maxTotal(),
                    "the pass mark must be above 0 and at most the maximum " + maxTotal())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
