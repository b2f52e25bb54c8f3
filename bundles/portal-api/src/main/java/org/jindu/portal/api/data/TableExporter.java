package org.jindu.portal.api.data;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/** Writes a {@link Table} as an Excel workbook (.xlsx) or as CSV (UTF-8 with BOM, so Excel shows Chinese right). */
@ProviderType
public interface TableExporter {
    String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String CSV_TYPE = "text/csv;charset=UTF-8";

    void xlsx(Table table, OutputStream out) throws IOException;

    void csv(Table table, OutputStream out) throws IOException;
}
