package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.frontline.cases.ContactId;
import org.frontline.cases.Contacts;
import org.frontline.ingest.Channel;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostView;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Two first posts of one author handled at the same moment end with one contact, not a failed case opening. */
@SpringBootTest
@ActiveProfiles("test")
class ContactRaceIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Contacts contacts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aSecondFirstPostOfTheSameAuthorWaitsAndJoinsTheFirstContact() throws Exception {
        var ws = new TestWorkspaces(context).create();
        var handle = "twin-" + UUID.randomUUID().toString().substring(0, 8) + "@mastodon.example";
        var firstHasIdentity = new CountDownLatch(1);
        var secondStarted = new CountDownLatch(1);

        // Two threads of our own: the common pool may have a single worker on a small machine.
        var threads = Executors.newFixedThreadPool(2);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var contact = contacts.resolve(ws.id(), post(ws, handle));
            firstHasIdentity.countDown();
            await(secondStarted);
            sleepABit(); // the second is now waiting on this transaction's identity row
            return contact;
        }), threads);
        await(firstHasIdentity);
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            secondStarted.countDown();
            return contacts.resolve(ws.id(), post(ws, handle));
        }), threads);

        ContactId one = first.get(60, TimeUnit.SECONDS);
        ContactId other = second.get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(other).isEqualTo(one);
        assertThat(jdbc.sql("select count(*) from contact where workspace_id = ?").param(ws.id().value()).query(Long.class).single())
                .as("the second's provisional contact is not left behind").isEqualTo(1);
    }

    private static PostView post(TestWorkspaces.TestWorkspace ws, String handle) {
        return new PostView(new PostId(UUID.randomUUID()), ws.id(), Channel.MASTODON, UUID.randomUUID().toString(), null,
                new PostAuthor(handle, "Twin", null, 10L), "hello", "en", null, Instant.now(), Instant.now());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepABit() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
