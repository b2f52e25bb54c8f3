package org.jindu.portal.platform.admin;

import java.util.List;

import org.jindu.portal.api.Text;

/**
 * What enabling a module for a member unit makes visible to whom.
 *
 * @param moduleId          the module
 * @param unitCode          the member unit
 * @param holdsPersonalData whether the module holds personal data (then enabling needs a confirmation)
 * @param staff             display names of the unit's enabled accounts, who will use the module
 * @param permissions       what those accounts' roles may do in the module, by permission name
 * @param confirmation      the whole statement, in both languages, that the actor confirms
 */
public record EnablementPreview(String moduleId, String unitCode, boolean holdsPersonalData, List<String> staff,
                                List<Text> permissions, Text confirmation) {
    public EnablementPreview {
        staff = List.copyOf(staff);
        permissions = List.copyOf(permissions);
    }
}
