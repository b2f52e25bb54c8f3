package org.jindu.portal.core.internal.module;

import org.osgi.framework.Bundle;

/** Explains why a bundle does not resolve; backed by Karaf's bundle service when it is there. */
public interface BundleDiagnosis {
    String diagnose(Bundle bundle);
}
