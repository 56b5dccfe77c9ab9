package org.frontline.channels.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.frontline.ingest.Posts;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ImportJobs imports;
    @Autowired ImportCommand command;
    @Autowired Posts posts;

    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void importsCsvAndReportsEveryLineItCouldNotImport() throws IOException {
        var ws = new TestWorkspaces(context).create();
        var file = write("backfill.csv", """
                id,text,author,created_at,url
                1,"Acme, why is my order late?",ana,2026-11-01T10:00:00Z,https://shop.example/1
                2,,bo,2026-11-01T11:00:00Z,
                3,"A quoted
                multi-line complaint",cy,2026-11-02,
                4,bad date,di,yesterday,
                5,link,ed,,javascript:alert(1)
                """);

        var job = imports.importFile(ws.id(), file, ImportListener.NONE);

        assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(job.linesDone()).isEqualTo(5);
        assertThat(job.postsStored()).isEqualTo(2);
        assertThat(posts.count(ws.id())).isEqualTo(2);
        assertThat(imports.errors(ws.id(), job.id(), 10)).extracting(ImportLineError::line).containsExactly(3L, 6L, 7L);
        assertThat(imports.errors(ws.id(), job.id(), 10).getFirst().reason()).isEqualTo("Line 3 has no text (column 'text')");
    }

    @Test
    void importsJsonlWithNestedAuthorsAndReportsBrokenLines() throws IOException {
        var ws = new TestWorkspaces(context).create();
        var file = write("backfill.jsonl", """
                {"id": "a", "text": "hello acme", "author": {"handle": "ana", "displayName": "Ana"}, "createdAt": "2026-11-01T10:00:00Z"}
                {"id": "b", "text": "broken
                [1, 2]

                {"id": "c", "text": "fine too", "lang": "en"}
                """);

        var job = imports.importFile(ws.id(), file, ImportListener.NONE);

        assertThat(job.postsStored()).isEqualTo(2);
        assertThat(imports.errors(ws.id(), job.id(), 10)).extracting(ImportLineError::reason)
                .containsExactly("Line 2 is not valid JSON", "Line 3 is not a JSON object");
    }

    @Test
    void anInterruptedImportResumesWithoutSkippingOrRepeatingALine() throws IOException {
        var ws = new TestWorkspaces(context).create();
        var lines = IntStream.rangeClosed(1, 1_200).mapToObj(i -> "r" + i + ",post number " + i).collect(Collectors.joining("\n"));
        var file = write("big.csv", "id,text\n" + lines + "\n");
        var interrupting = new ImportListener() {
            @Override
            public void progress(ImportJob job) {
                if (job.linesDone() >= 500 && !job.finished()) {
                    throw new IllegalStateException("power cut");
                }
            }
        };

        assertThatThrownBy(() -> imports.importFile(ws.id(), file, interrupting)).hasMessage("power cut");
        var stored = posts.count(ws.id());
        var seen = new ArrayList<Long>();
        var resumed = imports.importFile(ws.id(), file, new ImportListener() {
            @Override
            public void progress(ImportJob job) {
                seen.add(job.linesDone());
            }
        });

        assertThat(stored).isEqualTo(500);
        assertThat(seen.getFirst()).isGreaterThan(500);
        assertThat(resumed.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(resumed.linesDone()).isEqualTo(1_200);
        assertThat(resumed.postsStored()).isEqualTo(1_200);
        assertThat(posts.count(ws.id())).isEqualTo(1_200);
    }

    @Test
    void theCommandLineImportsAFileIntoANamedWorkspaceAndExitsWithItsOutcome() throws IOException {
        var ws = new TestWorkspaces(context).create();
        var good = write("good.csv", "text,author\nacme rocks,ana\n");
        var partly = write("partly.csv", "text,author\nacme rocks again,ana\n,nobody\n");

        var ok = command.execute(new DefaultApplicationArguments("import", good.toString(), "--workspace=" + ws.slug()));
        var someErrors = command.execute(new DefaultApplicationArguments("import", partly.toString(), "--workspace=" + ws.slug()));
        var noWorkspace = command.execute(new DefaultApplicationArguments("import", good.toString(), "--workspace=nope"));

        assertThat(List.of(ok, someErrors, noWorkspace)).containsExactly(0, 1, 2);
        assertThat(posts.count(ws.id())).isEqualTo(2);
    }

    @Test
    void anUploadIsImportedInTheBackgroundWithProgress() {
        var ws = new TestWorkspaces(context).create();
        var csv = "text\n" + "acme line\n".repeat(50);

        var job = imports.upload(ws.id(), "upload.csv", new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        await().atMost(Duration.ofSeconds(20)).until(() -> imports.find(ws.id(), job.id()).orElseThrow().finished());
        var done = imports.find(ws.id(), job.id()).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.linesDone()).isEqualTo(50);
    }
}
