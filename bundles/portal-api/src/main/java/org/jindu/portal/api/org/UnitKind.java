package org.jindu.portal.api.org;

import java.util.Locale;

import org.jindu.portal.api.Text;

/**
 * What kind of agency a member unit is. Codes differ from town to town (each town has its own police station), the
 * kind does not: need-to-know permissions such as unmasking ID numbers are granted by kind (see
 * {@link org.jindu.portal.api.module.PermissionDef#unitKinds()}).
 */
public enum UnitKind {
    OFFICE("禁毒办", "Drug-control office"),
    POLICE("公安派出所", "Police"),
    JUSTICE("司法所", "Justice"),
    SOCIAL("社会事务", "Social affairs"),
    EDU("教育", "Education"),
    HEALTH("卫生健康", "Health"),
    MARKET("市场监管", "Market supervision"),
    EMERGENCY("应急管理", "Emergency management"),
    OTHER("其他单位", "Other unit");

    private final Text label;

    UnitKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    public String label(Locale locale) {
        return label.get(locale);
    }

    /** The kind named by a code, or {@link #OTHER} for null, blank or unknown codes. */
    public static UnitKind of(String name) {
        if (name != null) {
            for (UnitKind k : values()) {
                if (k.name().equalsIgnoreCase(name.strip())) {
                    return k;
                }
            }
        }
        return OTHER;
    }
}
