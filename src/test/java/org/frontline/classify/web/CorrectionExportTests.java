package org.frontline.classify.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectionExportTests {

    @Test
    void quotesFieldsAndDoublesQuotes() {
        assertThat(CorrectionExport.field("say \"hi\", ok")).isEqualTo("\"say \"\"hi\"\", ok\"");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(CorrectionExport.field("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
        assertThat(CorrectionExport.field("@SUM(A1)")).startsWith("\"'@");
        assertThat(CorrectionExport.field("-1 star")).startsWith("\"'-");
        assertThat(CorrectionExport.field("fine")).isEqualTo("\"fine\"");
    }
}
