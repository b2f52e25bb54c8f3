package org.jindu.portal.platform.admin;

import org.jindu.portal.api.Text;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the platform's publishers are doing with a bundle's contributions (REST resources, SOAP services): which are
 * still being published, and which could not be, with the reason (e.g. a SOAP service whose data classes JAXB refuses),
 * so that the module list names a problem instead of the service quietly answering 404, and a package installation
 * answers only once the module's endpoints are there. Keyed by bundle and by contribution (e.g. {@code soap:assessment}).
 */
@ProviderType
public interface Contributions {

    /** A contribution arrived and is being published. */
    void pending(long bundleId, String key);

    /** It is published (clears a former problem). */
    void published(long bundleId, String key);

    /** It could not be published. */
    void failed(long bundleId, String key, Text problem);

    /** It went away. */
    void withdrawn(long bundleId, String key);
}
