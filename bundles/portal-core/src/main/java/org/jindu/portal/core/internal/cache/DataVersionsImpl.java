package org.jindu.portal.core.internal.cache;

import javax.sql.DataSource;

import org.jindu.portal.api.cache.DataVersions;
import org.jindu.portal.api.schema.SchemaReady;
import org.jindu.portal.support.DataVersionTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The portal's {@link DataVersions}: the kit's table implementation on the portal's database, once the core is migrated. */
@Component(service = {DataVersions.class, DataVersionsImpl.class})
public class DataVersionsImpl extends DataVersionTable {
    @Activate
    public DataVersionsImpl(@Reference(target = "(osgi.jndi.service.name=portal)") DataSource dataSource,
                            @Reference(target = "(" + SchemaReady.BUNDLE + "=org.jindu.portal.core)") SchemaReady schema) {
        super(dataSource);
    }
}
