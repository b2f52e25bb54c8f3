/**
 * The organisation tree (city 市 → town 镇街 → village/community 村居 → grid 网格) and the drug-control
 * commission's member units (禁毒委成员单位). Every record of every module belongs to one node of this tree.
 */
@Export
@Version("1.2.0")
package org.jindu.portal.api.org;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
