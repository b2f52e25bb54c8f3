package org.jindu.portal.api.module;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.org.OrgDirectory;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link DemoDataContributor} gets: the org tree and the demo users to act as. */
@ProviderType
public interface DemoContext {

    OrgDirectory org();

    /** A demo user by user name ({@code admin}, {@code city}, {@code office}, {@code police}, {@code village}, {@code village2}, {@code assessor}, {@code leader}). */
    UserContext user(String username);
}
