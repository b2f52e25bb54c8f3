/**
 * What the module's services take and give: plain records that the views, the REST resources (as JSON) and the
 * SOAP service (copied into JAXB classes) share, so that one rule holds whichever door a user came through.
 * Drafts name org units by their stable codes (as other agencies know them); answers carry both id and code.
 */
package org.jindu.portal.assessment.internal.model;
