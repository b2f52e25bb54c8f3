/**
 * REST resources under {@code /api/v1/control/...}: persons (masked; {@code /identity} in full for those who may,
 * audited), their status, tier, work, proposals and assistance; handovers; figures, duties and the export. Every
 * call is scoped by the services, never here.
 */
package org.jindu.portal.control.internal.rest;
