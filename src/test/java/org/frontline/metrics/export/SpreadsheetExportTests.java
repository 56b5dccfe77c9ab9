package org.frontline.metrics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SpreadsheetExportTests {

    private static final List<@Nullable Object> HOSTILE = List.of("=HYPERLINK(\"http://evil\")", "+1+2", "-3", "@SUM(A1)", "\tTab", "\rReturn", "plain", 42L, -7.5);

    private static Table table() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        rows.add(HOSTILE);
        return new Table("Top =terms", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), rows);
    }

    @Test
    void neutralizesEveryFormulaTriggerAndLeavesOtherTextAlone() {
        assertThat(FormulaGuard.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.neutralize("+44 20")).isEqualTo("'+44 20");
        assertThat(FormulaGuard.neutralize("-x")).isEqualTo("'-x");
        assertThat(FormulaGuard.neutralize("@cmd")).isEqualTo("'@cmd");
        assertThat(FormulaGuard.neutralize("\tx")).isEqualTo("'\tx");
        assertThat(FormulaGuard.neutralize("\rx")).isEqualTo("'\rx");
        assertThat(FormulaGuard.neutralize("refund = broken")).isEqualTo("refund = broken");
        assertThat(FormulaGuard.neutralize("")).isEmpty();
    }

    @Test
    void csvQuotesNeutralizedTextAndKeepsNumbersAsNumbers() {
        var out = new ByteArrayOutputStream();
        CsvExport.write(table(), out);
        var csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFa,b,c");
        var line = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",'+1+2,'-3,'@SUM(A1),'\tTab,");
        assertThat(csv).contains("\"'\rReturn\",plain,42,-7.5\r\n");
    }

    @Test
    void xlsxReadsBackWithNeutralizedTextAndNumericCells() throws IOException {
        var out = new ByteArrayOutputStream();
        XlsxExport.write(List.of(table(), table()), out);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("Top =terms", "Top =terms 2");
            List<Row> rows;
            try (var stream = sheets.getFirst().openStream()) {
                rows = stream.toList();
            }
            assertThat(rows.get(0).getCellText(0)).isEqualTo("a");
            var data = rows.get(1);
            assertThat(data.getCellText(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(data.getCellText(1)).isEqualTo("'+1+2");
            assertThat(data.getCellText(2)).isEqualTo("'-3");
            assertThat(data.getCellText(3)).isEqualTo("'@SUM(A1)");
            assertThat(data.getCellText(4)).isEqualTo("'\tTab");
            assertThat(data.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(data.getCell(6).getType()).isEqualTo(CellType.STRING);
            assertThat(data.getCellText(6)).isEqualTo("plain");
            assertThat(data.getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(data.getCell(7).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(42));
            assertThat(data.getCell(8).getType()).isEqualTo(CellType.NUMBER);
            assertThat(data.getCell(8).asNumber()).isEqualByComparingTo(new BigDecimal("-7.5"));
        }
    }
}
