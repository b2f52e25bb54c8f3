package org.jindu.portal.core.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of the platform core, PID {@value #PID} ({@code etc/org.jindu.portal.core.cfg}). Every core component
 * reads the same PID, so there is one file to edit.
 */
@ObjectClassDefinition(id = CoreConfig.PID, name = "Jindu portal core", description = "门户平台核心设置")
public @interface CoreConfig {
    String PID = "org.jindu.portal.core";

    @AttributeDefinition(description = "Demo mode: load the fictional demo town and one user per role (password 'demo'). "
            + "The system property portal.demo=true switches it on too.")
    boolean demo() default false;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes")
    int pbkdf2Iterations() default 120_000;

    @AttributeDefinition(description = "Failed logins within the window that lock an account")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Window for counting failed logins, minutes")
    int failureWindowMinutes() default 15;

    @AttributeDefinition(description = "How long an account stays locked, minutes")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "Lifetime of API bearer tokens, minutes")
    int tokenLifetimeMinutes() default 480;

    @AttributeDefinition(description = "How long a verified password is remembered so that HTTP Basic calls skip the slow KDF, seconds")
    int credentialCacheSeconds() default 300;

    @AttributeDefinition(description = "Largest accepted upload (evidence files), megabytes")
    int maxUploadMegabytes() default 20;

    @AttributeDefinition(description = "Member units that get every newly installed module enabled (comma separated codes)")
    String autoEnableUnits() default "OFFICE";

    @AttributeDefinition(description = "Offer every newly installed module to the member units, whose administrators may then "
            + "enable it for their own unit (always on in demo mode)")
    boolean offerNewModules() default false;

    @AttributeDefinition(description = "Unsigned module packages (upload and deploy folder): 'refuse', 'allow' (development "
            + "only), or 'demo' (allowed in demo mode only, refused otherwise)")
    String unsignedPackages() default "demo";

    @AttributeDefinition(description = "Folder of the trusted publishers' certificates (PEM or DER files); empty for "
            + "etc/portal-trust of the distribution")
    String packageTrustDir() default "";

    @AttributeDefinition(description = "Folder watched for module packages (jar or kar); empty for the distribution's deploy/")
    String deployDir() default "";

    @AttributeDefinition(description = "Largest accepted module package, megabytes")
    int maxPackageMegabytes() default 100;

    @AttributeDefinition(description = "How long an install, upgrade or roll back waits for the module to come up before "
            + "it answers with the state reached, seconds")
    int packageWaitSeconds() default 30;
}
