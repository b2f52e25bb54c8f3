package org.jindu.portal.assessment.internal.domain;

import org.jindu.portal.api.Text;

/** What someone does to an application; each step of the procedure is one action. */
public enum Action {
    SUBMIT("提交申报", "submit"),
    WITHDRAW("撤回", "withdraw"),
    ACCEPT("审核通过", "accept"),
    REJECT("审核不通过", "reject"),
    OPEN_ASSESSMENT("开始考评验收", "open the assessment"),
    CONCLUDE("汇总考评结果", "conclude the assessment"),
    SUPERVISE("录入质量督导意见", "record the quality supervision"),
    DESIGNATE("确定示范", "designate"),
    DECLINE("不予确定示范", "decline"),
    DISQUALIFY("弄虚作假取消资格", "disqualify for fraud");

    private final Text label;

    Action(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
