package org.jindu.portal.assessment.internal.domain;

import java.util.List;

import org.jindu.portal.assessment.internal.domain.Standard.Item;
import org.jindu.portal.assessment.internal.domain.Standard.Section;

/**
 * The standards shipped with the module. The plan names them (无毒村居 "六有五无", 无毒镇街 "六有六无两不") but its
 * annexes 2 and 3 with the exact items are not public: these items are PLACEHOLDERS drafted from the plan's text,
 * marked as such, for the office to replace with the official wording (editing creates version 2).
 */
public final class DefaultStandards {
    public static final String VILLAGE = "VILLAGE-6Y5W";
    public static final String TOWN = "TOWN-6Y6W2B";

    private DefaultStandards() {
    }

    public static List<Standard> all() {
        return List.of(village(), town());
    }

    public static Standard village() {
        return new Standard(VILLAGE, 1, Level.VILLAGE, "无毒村居创建标准(六有五无)", "Drug-free village standard (six haves, five noes)",
                80, true, List.of(
                new Section("6Y", "六有", "Six haves", List.of(
                        scored("Y1", "有组织领导：成立禁毒工作领导小组，党组织书记任组长，分工明确", "Leadership: a drug-control group led by the Party secretary", 15,
                                "查阅文件和会议记录；缺领导小组扣 10 分，未定期研究扣 5 分", "成立文件、会议记录"),
                        scored("Y2", "有工作制度：建立例会、排查、帮扶、报告等制度并落实", "Rules: meetings, screening, assistance and reporting rules applied", 15,
                                "每缺一项制度扣 4 分，制度未落实扣 3 分", "制度文本、执行记录"),
                        scored("Y3", "有工作队伍：配齐禁毒专(兼)职人员、网格员、社工和志愿者", "Team: drug-control staff, grid workers, social workers, volunteers", 20,
                                "人员未配齐扣 10 分；志愿者少于 10 人扣 5 分", "人员名册、培训记录"),
                        scored("Y4", "有宣传阵地：禁毒宣传栏或教育园地，年度宣传活动不少于 4 次", "Publicity: a board or corner, at least 4 activities a year", 15,
                                "无阵地扣 8 分；活动每少 1 次扣 2 分；群众知晓率低于 95% 扣 3 分", "阵地照片、活动记录"),
                        scored("Y5", "有工作台账：管控、宣教、排查、整治台账齐全规范", "Records: complete files on control, education, screening, rectification", 15,
                                "每缺一类台账扣 4 分", "台账"),
                        scored("Y6", "有经费保障：禁毒工作经费纳入村居预算并落实到位", "Funding: drug-control money in the budget and spent", 20,
                                "未纳入预算扣 12 分；未落实扣 8 分", "预算、支出凭证"))),
                new Section("5W", "五无", "Five noes", List.of(
                        veto("W1", "无新滋生吸毒人员", "No new drug users"),
                        veto("W2", "无制毒活动", "No drug manufacturing"),
                        veto("W3", "无贩毒活动", "No drug trafficking"),
                        veto("W4", "无种植毒品原植物", "No cultivation of drug plants"),
                        veto("W5", "无吸毒人员肇事肇祸案事件", "No serious incident caused by a drug user")))));
    }

    public static Standard town() {
        return new Standard(TOWN, 1, Level.TOWN, "无毒镇街创建标准(六有六无两不)", "Drug-free town standard (six haves, six noes, two nevers)",
                80, true, List.of(
                new Section("6Y", "六有", "Six haves", List.of(
                        scored("Y1", "有健全的禁毒组织机构和责任体系", "A full drug-control organisation and responsibility system", 15, "查阅文件", "文件、责任清单"),
                        scored("Y2", "有完善的禁毒工作制度和述职评讲机制", "Complete rules and duty reporting", 15, "查阅制度和述职记录", "制度、述职记录"),
                        scored("Y3", "有专业化的禁毒工作队伍", "A professional drug-control team", 20, "查阅名册和培训", "名册、培训记录"),
                        scored("Y4", "有规范的禁毒宣传教育阵地", "Proper education sites", 15, "实地查看", "照片、参观记录"),
                        scored("Y5", "有充足的禁毒经费保障", "Sufficient funding", 15, "查阅预算", "预算、凭证"),
                        scored("Y6", "有特色亮点和长效机制", "Distinctive practice and lasting mechanisms", 20, "查阅材料并听取汇报", "特色材料"))),
                new Section("6W", "六无", "Six noes", List.of(
                        veto("W1", "无制毒案件", "No manufacturing case"),
                        veto("W2", "无大规模非法种植毒品原植物", "No large illegal cultivation"),
                        veto("W3", "无影响恶劣的涉毒案事件", "No drug case of bad influence"),
                        veto("W4", "无在校学生吸贩毒案事件", "No student drug use or sale"),
                        veto("W5", "无吸毒人员肇事肇祸案事件", "No serious incident caused by a drug user"),
                        veto("W6", "无毒品滥用水平明显上升(以污水监测为准)", "No marked rise in drug abuse (wastewater monitoring)"))),
                new Section("2B", "两不", "Two nevers", List.of(
                        veto("B1", "不被列为国家或省级重点整治地区", "Never listed as a key rectification area"),
                        veto("B2", "不发生以外地为主侦破的涉及本地制毒案件", "Never a local manufacturing case cracked mainly elsewhere")))));
    }

    private static Item scored(String code, String title, String titleEn, double max, String guidance, String evidence) {
        return new Item(code, title, titleEn, max, guidance, evidence, false);
    }

    private static Item veto(String code, String title, String titleEn) {
        return new Item(code, title, titleEn, 0, "一票否决：发生即不通过", "公安、综治等部门出具的情况说明", true);
    }
}
