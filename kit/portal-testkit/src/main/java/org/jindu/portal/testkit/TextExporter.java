package org.jindu.portal.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jindu.portal.api.data.Table;
import org.jindu.portal.api.data.TableExporter;

/** Writes a table as plain text (title, header, rows), so that tests can read what an export would contain. */
public final class TextExporter implements TableExporter {
    @Override
    public void xlsx(Table table, OutputStream out) throws IOException {
        write(table, out);
    }

    @Override
    public void csv(Table table, OutputStream out) throws IOException {
        write(table, out);
    }

    private static void write(Table table, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder("XLSX ").append(table.title()).append(' ').append(table.rows().size()).append('\n');
        sb.append(String.join("\t", table.headers())).append('\n');
        for (var row : table.rows()) {
            sb.append(String.join("\t", row.stream().map(String::valueOf).toList())).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
