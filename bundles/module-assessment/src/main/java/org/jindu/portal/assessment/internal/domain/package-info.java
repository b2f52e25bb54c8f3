/**
 * The creation assessment rules (示范创建考评, DOMAIN.md CA-1 to CA-10) as plain classes: the application's state
 * machine (自主申报 → 审核确认 → 实施推进 → 考评验收 → 质量督导 → 确定示范), standards as versioned rubrics, scoring
 * with veto items (一票否决), coverage and the town rule (≥ 80 % of villages designated), and dynamic management
 * (annual review, yellow cards 黄牌警告, revocation). No framework: unit-tested directly.
 */
package org.jindu.portal.assessment.internal.domain;
