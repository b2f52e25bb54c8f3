/**
 * A module built by the package tests in three versions (see {@link org.jindu.portal.itests.TestBundles#pkg}), signed
 * by a test publisher, to upload, upgrade, roll back and remove through the REST API and the deploy folder.
 */
package org.jindu.portal.itests.pkgmodule;
