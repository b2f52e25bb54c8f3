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
            // messages may quote input: never at length
            fault.setMessage(text.length() > 1000 ? text.substring(0, 1000) + "…" : text.toString());
            // SOAP 1.1 answers every fault with HTTP 500; the fault code tells the client whether it was its request
            // (a record held by someone else is not: the same call may succeed a moment later)
            fault.setFaultCode(pe instanceof BusyException ? Fault.FAULT_CODE_SERVER : Fault.FAULT_CODE_CLIENT);
        } else if (clientMistake(fault)) {
            LOG.debug("malformed SOAP request", fault);
            fault.setMessage("请求格式有误 / Malformed request" + detail(fault.getMessage()));
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        } else if (cause != null) {
            LOG.error("SOAP operation failed", cause);
            fault.setMessage("服务器内部错误 / Internal error");
            fault.setFaultCode(Fault.FAULT_CODE_SERVER);
        }
    }

    /**
     * Whether CXF failed on the request itself before any operation ran: XML that does not parse (or declares a DTD,
     * which is refused), a body that names no operation, values that do not unmarshal to the declared types. CXF gives
     * several of these the Server code; they are the client's to fix.
     */
    static boolean clientMistake(Fault fault) {
        javax.xml.namespace.QName code = fault.getFaultCode();
        if (code != null && ("client".equalsIgnoreCase(code.getLocalPart()) || "Sender".equals(code.getLocalPart()))) {
            return true;
        }
        String message = fault.getMessage() == null ? "" : fault.getMessage();
        if (message.startsWith("No binding operation info") || message.startsWith("Unexpected wrapper element")
                || message.startsWith("Unmarshalling Error") || message.startsWith("Message part")) {
            return true;
        }
        for (Throwable t = fault.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.xml.stream.XMLStreamException || t instanceof javax.xml.bind.JAXBException
                    || t instanceof org.xml.sax.SAXException || t instanceof NumberFormatException
                    || t instanceof javax.xml.datatype.DatatypeConfigurationException) {
                return true;
            }
        }
        return false;
    }

    /** CXF's own words on what was wrong, when short and free of class names; the input is never echoed at length. */
    private static String detail(String message) {
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("java.")
                || message.contains("javax.") || message.contains("org.") || message.contains("com.")) {
            return "";
        }
        String m = message.strip();
        return ": " + (m.length() > 200 ? m.substring(0, 200) + "…" : m);
    }
}
