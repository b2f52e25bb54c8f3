package org.jindu.portal.core.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jindu.portal.api.data.Table;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** PF-6 exports: a well-formed workbook with the values in place; CSV that Excel reads and cannot be tricked by. */
class TableExporterTest {
    final Table table = new Table("覆盖率 2024", List.of("镇街", "村居数", "已命名", "覆盖率%"),
            List.of(List.of("港湾镇", 10, 6, 60.0), List.of("新塘镇 <&>", 2, 0, 0.0)));

    @Test
    void xlsxIsAZipOfWellFormedPartsWithTheCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableExporterImpl().xlsx(table, out);
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/_rels/workbook.xml.rels");
        for (byte[] xml : parts.values()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        }
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml")));
        NodeList rows = sheet.getElementsByTagName("row");
        assertThat(rows.getLength()).isEqualTo(3);
        String all = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(all).contains("<c r=\"C2\"><v>6</v></c>").contains("港湾镇").contains("新塘镇 &lt;&amp;&gt;");
        assertThat(new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)).contains("name=\"覆盖率 2024\"");
    }

    @Test
    void csvHasABomQuotesAndDefusesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableExporterImpl().csv(new Table("t", List.of("a", "b"), List.of(List.of("=HYPERLINK(\"x\")", -5),
                List.of("x,y", "ok"))), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFa,b\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",-5\r\n").contains("\"x,y\",ok\r\n");
    }

    @Test
    void columnNames() {
        assertThat(TableExporterImpl.column(0)).isEqualTo("A");
        assertThat(TableExporterImpl.column(25)).isEqualTo("Z");
        assertThat(TableExporterImpl.column(26)).isEqualTo("AA");
        assertThat(TableExporterImpl.column(701)).isEqualTo("ZZ");
    }
}
