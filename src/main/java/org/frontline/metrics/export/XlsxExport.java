package org.frontline.metrics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/** Writes tables as one XLSX workbook, a sheet per table; numbers as numeric cells, text neutralized. */
public final class XlsxExport {

    private XlsxExport() {}

    public static void write(List<Table> tables, OutputStream out) {
        try {
            var workbook = new Workbook(out, "Frontline", "1.0");
            var used = new HashSet<String>();
            for (var table : tables) {
                var sheet = workbook.newWorksheet(sheetName(table.name(), used));
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, FormulaGuard.neutralize(table.headers().get(c)));
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    var row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        var value = row.get(c);
                        if (value instanceof Number number) {
                            sheet.value(r + 1, c, number);
                        } else if (value != null) {
                            sheet.value(r + 1, c, FormulaGuard.neutralize(value.toString()));
                        }
                    }
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Excel: at most 31 characters, none of []:*?/\ and unique in the workbook.
    private static String sheetName(String name, java.util.Set<String> used) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        clean = clean.isEmpty() ? "Sheet" : clean.substring(0, Math.min(clean.length(), 28));
        var candidate = clean;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            candidate = clean + " " + i;
        }
        return candidate;
    }
}
