package org.jindu.portal.itests.brokenmodule;

/** A component whose activation throws, as a SOAP service whose data classes JAXB refuses would. */
public class FailingService {
    public void activate() {
        throw new IllegalStateException("the test service cannot start: no data source for it");
    }
}
