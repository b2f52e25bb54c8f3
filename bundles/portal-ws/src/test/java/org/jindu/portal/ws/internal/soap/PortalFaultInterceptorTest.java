package org.jindu.portal.ws.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLStreamException;

import org.apache.cxf.interceptor.Fault;
import org.junit.jupiter.api.Test;

/** Which faults are the client's: what CXF could not read is, a failure inside an operation is not. */
class PortalFaultInterceptorTest {

    @Test
    void unreadableRequestsAreTheClients() {
        assertThat(PortalFaultInterceptor.clientMistake(new Fault(new XMLStreamException("Unexpected character 'n'")))).isTrue();
        assertThat(PortalFaultInterceptor.clientMistake(new Fault(new javax.xml.bind.UnmarshalException("Not a number: abc")))).isTrue();
        assertThat(PortalFaultInterceptor.clientMistake(new Fault(new RuntimeException("wrapped", new NumberFormatException("abc"))))).isTrue();
        Fault noOperation = new Fault(new org.apache.cxf.common.i18n.Message("No binding operation info while invoking unknown method", (java.util.ResourceBundle) null));
        assertThat(PortalFaultInterceptor.clientMistake(noOperation)).isTrue();
    }

    @Test
    void failuresInsideAnOperationAreNot() {
        assertThat(PortalFaultInterceptor.clientMistake(new Fault(new IllegalStateException("bug")))).isFalse();
        assertThat(PortalFaultInterceptor.clientMistake(new Fault(new NullPointerException()))).isFalse();
    }
}
