package org.frontline.channels.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.frontline.FrontlineApplication;
import org.frontline.channels.ImportCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code java -jar frontline-*-exec.jar import FILE --workspace acme} on a database file that does not exist yet,
 * through the same entry point as {@code FrontlineApplication.main} (which only adds {@code System.exit}).
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandOnFreshDatabaseTests {

    @TempDir Path dir;

    private String database() {
        return "jdbc:h2:file:" + dir.resolve("data/frontline").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private int runCommand(Path file, String workspace, boolean demo) {
        return ImportCommandLine.run(new SpringApplication(FrontlineApplication.class), "import", file.toString(), "--workspace=" + workspace,
                "--spring.profiles.active=test", "--spring.datasource.url=" + database(), "--frontline.demo.enabled=" + demo);
    }

    @Test
    void importsIntoTheDemoWorkspaceOfABrandNewDatabase() throws IOException, SQLException {
        var file = Files.writeString(dir.resolve("backfill.jsonl"), """
                {"id": "f-1", "text": "Acme, where is my parcel?", "author": "ana"}
                {"id": "f-2", "text": "Acme support was quick, thanks", "author": "bo"}
                {"id": "f-3", "text": "Refund still missing from Acme", "author": "cy"}
                """, StandardCharsets.UTF_8);

        var exit = runCommand(file, "acme", true);

        assertThat(exit).isZero();
        assertThat(count("select count(*) from post p join workspace w on w.id = p.workspace_id where w.slug = 'acme'"))
                .as("exactly the file's lines: the one-shot command does not replay the demo stream").isEqualTo(3);
        assertThat(count("select count(*) from flyway_schema_history where success")).isPositive();
        assertThat(count("select count(*) from import_job where status = 'DONE' and lines_done = 3")).isEqualTo(1);
    }

    @Test
    void aWorkspaceThatDoesNotExistIsNamedWithHowToGetOne(CapturedOutput output) throws IOException, SQLException {
        var file = Files.writeString(dir.resolve("backfill.csv"), "text\nacme rocks\n", StandardCharsets.UTF_8);

        var exit = runCommand(file, "globex", false);

        assertThat(exit).isEqualTo(2);
        assertThat(output.getErr()).contains("No workspace 'globex' in this database.", "--frontline.demo.enabled=true", "--workspace acme",
                "the file was not imported");
        assertThat(count("select count(*) from flyway_schema_history where success")).isPositive();
        assertThat(count("select count(*) from post")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database(), "sa", "");
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
