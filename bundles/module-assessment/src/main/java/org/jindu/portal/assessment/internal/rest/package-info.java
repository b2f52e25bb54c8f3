/**
 * The module's REST API under {@code /api/v1/assessment/...}: thin JAX-RS resources over the services, so that the
 * same rules, scopes and audit entries apply as in the views. Errors come back as the platform's JSON error body
 * (400 naming the fields, 403, 404 — an application outside the caller's area is "not found" — and 409 for a step
 * the procedure does not allow now).
 */
package org.jindu.portal.assessment.internal.rest;
