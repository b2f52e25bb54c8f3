/**
 * Pieces of the platform's implementation that the test kit must share so that module tests check what the running
 * portal does: the field cipher behind {@code SensitiveData} and the content-type detection behind {@code FileStore}.
 * Embedded into portal-core (and used by the test kit); modules call the services instead.
 */
package org.jindu.portal.support.data;
