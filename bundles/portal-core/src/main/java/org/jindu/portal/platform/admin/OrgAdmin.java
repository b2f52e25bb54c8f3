package org.jindu.portal.platform.admin;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.MemberUnit;
import org.jindu.portal.api.org.OrgNode;
import org.osgi.annotation.versioning.ProviderType;

/** Changes to the org tree and the member units; requires {@code portal.admin.org}. */
@ProviderType
public interface OrgAdmin {

    OrgNode createNode(UserContext actor, OrgNodeDraft draft);

    /** Changes code, names and order; moving a node to another parent is not supported. */
    OrgNode updateNode(UserContext actor, long id, OrgNodeDraft draft);

    MemberUnit createUnit(UserContext actor, UnitDraft draft);

    MemberUnit updateUnit(UserContext actor, String code, UnitDraft draft);
}
