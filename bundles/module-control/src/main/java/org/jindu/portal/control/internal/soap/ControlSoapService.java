package org.jindu.portal.control.internal.soap;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.soap.SoapService;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.model.ControlStatus;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.service.ExchangeService;
import org.jindu.portal.control.internal.service.HandoverService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /soap/control}: for other agencies (EX-2, CT-6): a person's control status by exact ID number (no listing,
 * no partial match, audited), and handovers: another agency requests one, answers this town's request, or asks its
 * state. Scoped like the REST API; dates are ISO strings.
 */
@Component(service = SoapService.class, property = SoapService.NAME + "=control")
@WebService(serviceName = "ControlService", name = "Control", targetNamespace = ControlSoapService.NS)
public class ControlSoapService implements SoapService {
    static final String NS = "http://jindu.org/portal/control/v1";

    private final ExchangeService exchange;
    private final HandoverService handovers;

    @Resource
    private WebServiceContext context;

    /** Whether the town controls the person, and how. */
    public static class PersonStatus {
        public boolean registered;
        public String status;
        public String statusLabel;
        public String statusSince;
        public String tier;
        public String orgCode;
        public String orgName;

        public PersonStatus() {
        }

        PersonStatus(ControlStatus s) {
            registered = s.registered();
            status = s.status();
            statusLabel = s.statusLabel();
            statusSince = s.statusSince() == null ? null : s.statusSince().toString();
            tier = s.tier();
            orgCode = s.org();
            orgName = s.orgName();
        }
    }

    /** A handover request from another agency. */
    public static class HandoverRequest {
        public String reference;
        public String requestingAgency;
        public String toOrgCode;
        public String name;
        public String idNumber;
        public String status;
        public String drugTypes;
        public String reason;
    }

    /** The state of a handover. */
    public static class HandoverState {
        public String reference;
        public String direction;
        public String state;
        public String answer;
        public String requestedAt;
        public String answeredAt;

        public HandoverState() {
        }

        HandoverState(HandoverInfo h) {
            reference = h.reference();
            direction = h.direction();
            state = h.state();
            answer = h.answer();
            requestedAt = h.requestedAt() == null ? null : h.requestedAt().toString();
            answeredAt = h.answeredAt() == null ? null : h.answeredAt().toString();
        }
    }

    @Activate
    public ControlSoapService(@Reference ExchangeService exchange, @Reference HandoverService handovers) {
        this.exchange = exchange;
        this.handovers = handovers;
    }

    @WebMethod
    @WebResult(name = "personStatus")
    public PersonStatus getControlStatus(@WebParam(name = "idNumber") String idNumber) {
        return new PersonStatus(exchange.status(caller(), idNumber));
    }

    @WebMethod
    @WebResult(name = "handover")
    public HandoverState requestHandover(@WebParam(name = "request") HandoverRequest r) {
        HandoverRequest in = r == null ? new HandoverRequest() : r;
        Status status;
        try {
            status = in.status == null || in.status.isBlank() ? null : Status.valueOf(in.status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", Text.of("未知的管控状态", "unknown status"));
        }
        return new HandoverState(handovers.incoming(caller(), in.reference, in.requestingAgency, in.toOrgCode, in.name, in.idNumber,
                status, in.drugTypes, in.reason));
    }

    @WebMethod
    @WebResult(name = "handover")
    public HandoverState answerHandover(@WebParam(name = "reference") String reference, @WebParam(name = "accept") boolean accept,
                                        @WebParam(name = "answer") String answer) {
        return new HandoverState(handovers.remoteAnswer(caller(), reference, accept, answer));
    }

    @WebMethod
    @WebResult(name = "handover")
    public HandoverState getHandoverStatus(@WebParam(name = "reference") String reference) {
        return new HandoverState(handovers.status(caller(), reference));
    }

    private UserContext caller() {
        return UserContext.from(context.getUserPrincipal());
    }
}
