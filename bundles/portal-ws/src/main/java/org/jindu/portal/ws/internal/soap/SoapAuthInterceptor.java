package org.jindu.portal.ws.internal.soap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.security.AuthenticationException;
import org.jindu.portal.api.security.Authenticator;

/**
 * HTTP Basic for SOAP calls against the portal's users. Fetching the WSDL or XSD with GET needs no login (it
 * describes the service, not data); every operation does. A failed login answers 401 with a Basic challenge and a
 * SOAP fault body, not CXF's generic 500.
 */
public class SoapAuthInterceptor extends AbstractPhaseInterceptor<Message> {
    private final Authenticator authenticator;

    public SoapAuthInterceptor(Authenticator authenticator) {
        super(Phase.RECEIVE);
        this.authenticator = authenticator;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        if ("GET".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
            String query = (String) message.get(Message.QUERY_STRING);
            if (query != null && (query.toLowerCase().startsWith("wsdl") || query.toLowerCase().startsWith("xsd"))) {
                return;
            }
        }
        AuthorizationPolicy policy = message.get(AuthorizationPolicy.class);
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        String remote = request == null ? null : request.getRemoteAddr();
        try {
            if (policy == null || policy.getUserName() == null || policy.getPassword() == null) {
                throw new AuthenticationException(AuthenticationException.Reason.BAD_CREDENTIALS);
            }
            UserContext user = authenticator.authenticate(policy.getUserName(), policy.getPassword(), remote);
            message.put(SecurityContext.class, new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return user;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return user.roles().stream().anyMatch(r -> r.name().equals(role));
                }
            });
        } catch (AuthenticationException e) {
            unauthorized(message, e);
        }
    }

    private static void unauthorized(Message message, AuthenticationException e) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        message.getInterceptorChain().abort();
        if (response == null) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Jindu Portal\", charset=\"UTF-8\"");
        response.setContentType("text/xml;charset=UTF-8");
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Client</faultcode><faultstring>" + e.text().zh() + " / " + e.text().en()
                + "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
        try (OutputStream out = response.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
