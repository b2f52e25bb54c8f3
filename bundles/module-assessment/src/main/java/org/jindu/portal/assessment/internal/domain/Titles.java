package org.jindu.portal.assessment.internal.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jindu.portal.api.ConflictException;
import org.jindu.portal.api.Text;

/**
 * Dynamic management of titles (复核成果、动态管理, CA-8, §6.5): an annual review keeps a title or gives a yellow card
 * (黄牌警告) for a low annual ranking or a high abuse level in wastewater; a second consecutive yellow card, or any of
 * the plan's listed incidents, revokes the title. A unit whose title was revoked must apply again in a new round.
 */
public final class Titles {
    private Titles() {
    }

    /** Status of a title. */
    public enum Status {
        ACTIVE("有效", "Active"),
        REVOCATION_PROPOSED("拟取消", "Revocation proposed"),
        REVOKED("已取消", "Revoked");

        private final Text label;

        Status(String zh, String en) {
            label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    /** Outcome of an annual review. */
    public enum Outcome {
        RETAINED("保留称号", "Retained"),
        YELLOW_CARD("黄牌警告", "Yellow card");

        private final Text label;

        Outcome(String zh, String en) {
            label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    /** Why a yellow card was given. */
    public enum YellowCardReason {
        LOW_RANKING("年度禁毒工作考核排名靠后", "Low annual drug-control ranking"),
        HIGH_WASTEWATER("污水检测显示毒品滥用水平较高", "High drug abuse level in wastewater monitoring");

        private final Text label;

        YellowCardReason(String zh, String en) {
            label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    /** The plan's reasons for revoking a title (§6.5 (1)-(6)), plus fraud (§7.6). */
    public enum RevocationReason {
        TWO_YELLOW_CARDS("连续两次被予以黄牌警告", "Two consecutive yellow cards"),
        STUDENT_CASE("发生影响恶劣的在校中(职)小学生吸贩毒案事件", "A pupils' drug use or sale case of bad influence"),
        USER_INCIDENT("发生影响恶劣的吸毒人员肇事肇祸案事件", "A serious incident caused by a drug user"),
        CULTIVATION("发生大规模非法种植毒品原植物案件", "Large-scale illegal cultivation of drug plants"),
        MANUFACTURING_ELSEWHERE("发生以外地为主侦破涉及本地的制毒案件或者制造制毒物品案件", "A local manufacturing case cracked mainly by another region"),
        KEY_AREA("被国家或省级禁毒委员会列为重点整治地区", "Listed as a key rectification area"),
        FRAUD("弄虚作假", "Fraud");

        private final Text label;

        RevocationReason(String zh, String en) {
            label = Text.of(zh, en);
        }

        public Text label() {
            return label;
        }
    }

    /** One annual review. */
    public record Review(int year, Outcome outcome) {
    }

    /**
     * Whether a yellow card in {@code year} is the second in a row: the review of the year before was a yellow card too.
     * Such a title is proposed for revocation (TWO_YELLOW_CARDS), which the office confirms.
     */
    public static boolean secondConsecutiveYellowCard(List<Review> earlier, int year) {
        return earlier.stream().anyMatch(r -> r.year() == year - 1 && r.outcome() == Outcome.YELLOW_CARD);
    }

    /** One review per title and year. */
    public static void requireNotReviewed(List<Review> earlier, int year) {
        if (earlier.stream().anyMatch(r -> r.year() == year)) {
            throw new ConflictException(Text.of(year + " 年度已复核过该称号", "The title was already reviewed for " + year));
        }
    }

    /** A title of one unit: its status and, once revoked, the year of the revocation. */
    public record Held(Status status, Integer revokedYear) {
    }

    /**
     * Whether a unit may apply to a round of {@code roundYear}: not while it holds a title, and after a revocation only
     * in a round of a later year (a new round, §6.5).
     */
    public static void requireMayApply(List<Held> titles, int roundYear) {
        Optional<Held> active = titles.stream().filter(t -> t.status() != Status.REVOKED).findFirst();
        if (active.isPresent()) {
            throw new ConflictException(Text.of("该村居已获得称号，无需再次申报", "This unit already holds the title"));
        }
        Optional<Held> lastRevoked = titles.stream().filter(t -> t.revokedYear() != null)
                .max(Comparator.comparing(Held::revokedYear));
        if (lastRevoked.isPresent() && roundYear <= lastRevoked.get().revokedYear()) {
            throw new ConflictException(Text.of("称号于 " + lastRevoked.get().revokedYear() + " 年被取消，须在新一轮(之后年度)创建中重新申报",
                    "The title was revoked in " + lastRevoked.get().revokedYear() + ": apply again in a later round"));
        }
    }

    /**
     * Quota (§6.2): the office accepts at most {@code quota + extraQuota} applications of a town in a year; without a
     * configured quota there is no limit.
     */
    public static void requireWithinQuota(int acceptedThisYear, Integer quota, Integer extraQuota) {
        if (quota != null && acceptedThisYear >= quota + (extraQuota == null ? 0 : extraQuota)) {
            int limit = quota + (extraQuota == null ? 0 : extraQuota);
            throw new ConflictException(Text.of("本年度创建名额 (" + limit + ") 已满", "This year's quota (" + limit + ") is used up"));
        }
    }
}
