package org.jindu.portal.itests.pkgmodule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.jindu.portal.api.rest.RestResource;

/** {@code /api/v1/pkgdemo}: the running version, and the rows of the module's table with every column it has now. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PkgResource implements RestResource {
    private final DataSource ds;
    private final String version;

    PkgResource(DataSource ds, String version) {
        this.ds = ds;
        this.version = version;
    }

    @GET
    @Path("version")
    public Map<String, String> version() {
        return Map.of("version", version);
    }

    @POST
    @Path("items")
    public Map<String, String> add(Map<String, String> body) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO ITEST_PKG_ITEM (NAME) VALUES (?)")) {
            ps.setString(1, body.get("name"));
            ps.executeUpdate();
        }
        return body;
    }

    @GET
    @Path("items")
    public List<Map<String, Object>> items() throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT * FROM ITEST_PKG_ITEM ORDER BY ID");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(), rs.getObject(i) == null ? null : rs.getObject(i).toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
