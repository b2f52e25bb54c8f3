package org.jindu.portal.ws.internal.soap;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** {@code /soap/}: the published SOAP services with links to their WSDLs (public, like the WSDLs themselves). */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/soap/",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/soap",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=portal-soap-index"})
public class SoapIndexServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SoapPublisher publisher;

    @Activate
    public SoapIndexServlet(@Reference SoapPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.getRequestURI().endsWith("/")) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>SOAP 服务 / SOAP services</title>"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 12px;text-align:left}</style></head><body>");
        out.println("<h1>禁毒示范创建门户 SOAP 服务 / Jindu Portal SOAP services</h1>");
        out.println("<p>调用需 HTTP Basic 认证；WSDL 可直接获取。/ Operations need HTTP Basic authentication; WSDLs are public.</p>");
        out.println("<table><tr><th>服务 Service</th><th>地址 Address</th><th>WSDL</th></tr>");
        for (SoapPublisher.Published p : publisher.published()) {
            String address = "/soap/" + p.name();
            out.println("<tr><td>" + escape(p.description()) + "</td><td><code>" + address + "</code></td><td><a class=\"wsdl\" href=\""
                    + address + "?wsdl\">" + address + "?wsdl</a></td></tr>");
        }
        out.println("</table></body></html>");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
