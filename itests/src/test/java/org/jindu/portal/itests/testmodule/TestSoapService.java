package org.jindu.portal.itests.testmodule;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.soap.SoapService;

/** {@code /soap/<module>}: ping and a scoped record lookup. */
@WebService(serviceName = "TestModuleService", targetNamespace = "http://jindu.org/portal/itests/testmodule")
public class TestSoapService implements SoapService {
    private final String moduleId;
    private final TestRecords records;

    @Resource
    private WebServiceContext context;

    public TestSoapService() {
        this(null, null);
    }

    TestSoapService(String moduleId, Services services) {
        this.moduleId = moduleId;
        this.records = services == null ? null : new TestRecords(moduleId, services);
    }

    @WebMethod
    public String ping() {
        return moduleId;
    }

    @WebMethod
    public String recordText(@WebParam(name = "code") String code) {
        return records.one(UserContext.from(context.getUserPrincipal()), code).text();
    }
}
