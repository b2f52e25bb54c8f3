package org.jindu.portal.core.internal.module;

import org.apache.karaf.bundle.core.BundleService;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Uses Karaf's {@code bundle:diag} logic to name the requirement a module's bundle is missing. */
@Component(service = BundleDiagnosis.class)
public class KarafBundleDiagnosis implements BundleDiagnosis {
    private final BundleService bundles;

    @Activate
    public KarafBundleDiagnosis(@Reference BundleService bundles) {
        this.bundles = bundles;
    }

    @Override
    public String diagnose(Bundle bundle) {
        String diag = bundles.getDiag(bundle);
        return diag == null || diag.isBlank() ? "bundle does not resolve" : diag.strip();
    }
}
