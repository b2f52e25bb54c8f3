/**
 * The rules of control and assistance (管控帮扶) as plain classes, without framework, so that they are unit-tested
 * directly: ID-card numbers ({@link org.jindu.portal.control.internal.domain.IdNumber}, GB 11643), the status
 * lifecycle with its terms ({@link org.jindu.portal.control.internal.domain.Lifecycle}), risk tiers and the visit and
 * test schedule they set ({@link org.jindu.portal.control.internal.domain.Schedule}), and what a violation triggers
 * ({@link org.jindu.portal.control.internal.domain.FollowUps}).
 */
package org.jindu.portal.control.internal.domain;
