package org.jindu.portal.ws.internal.soap;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.jindu.portal.api.BusyException;
import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the portal's exceptions into SOAP faults with the message in both languages and a fault code the client
 * can act on (Client for its own mistakes); anything else becomes a Server fault without internals.
 */
public class PortalFaultInterceptor extends AbstractPhaseInterceptor<Message> {
    private static final Logger LOG = LoggerFactory.getLogger(PortalFaultInterceptor.class);

    public PortalFaultInterceptor() {
        super(Phase.PRE_STREAM);
    }

    @Override
    public void handleMessage(Message message) {
        Exception e = message.getContent(Exception.class);
        if (!(e instanceof Fault)) {
            return;
        }
        Fault fault = (Fault) e;
        Throwable cause = fault.getCause();
        if (cause instanceof PortalException) {
            PortalException pe = (PortalException) cause;
            StringBuilder text = new StringBuilder(pe.text().zh()).append(" / ").append(pe.text().en());
            if (pe instanceof ValidationException) {
                ((ValidationException) pe).errors().forEach(f -> text.append("; ").append(f.field()).append(": ").append(f.message().zh()));
            }
            fault.setMessage(text.toString());
            // SOAP 1.1 answers every fault with HTTP 500; the fault code tells the client whether it was its request
            // (a record held by someone else is not: the same call may succeed a moment later)
            fault.setFaultCode(pe instanceof BusyException ? Fault.FAULT_CODE_SERVER : Fault.FAULT_CODE_CLIENT);
        } else if (cause != null) {
            LOG.error("SOAP operation failed", cause);
            fault.setMessage("服务器内部错误 / Internal error");
            fault.setFaultCode(Fault.FAULT_CODE_SERVER);
        }
    }
}
