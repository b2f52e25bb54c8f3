/** Records exchanged by the services, the REST resources and the views; drafts come in, infos go out. */
package org.jindu.portal.control.internal.model;
