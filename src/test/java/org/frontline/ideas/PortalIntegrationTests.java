package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontline.ideas.PortalClient.encode;

import java.time.Duration;
import org.frontline.ideas.internal.PortalUserRepository;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public portal over real HTTP: reading without a trace, signing in by mail, posting, voting, commenting. */
class PortalIntegrationTests extends PortalTestSupport {

    @Autowired
    TopicRepository topics;

    @Autowired
    PortalUserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void strangersReadEveryPortalPageWithoutGettingASessionOrAnyCookie() {
        var ws = workspaceWithPortal();
        var customer = new PortalClient(port);
        customer.signIn(ws.slug(), "ann-" + ws.slug() + "@customers.test", "Ann");
        customer.submit("/p/" + ws.slug() + "/new", "/p/" + ws.slug() + "/topics", "kind=idea&title=" + encode("Dark mode please") + "&body=x");
        var reader = new PortalClient(port);

        for (var path : new String[] {"", "?sort=trending", "?sort=new&status=open", "/roadmap", "/t/1", "/feed.atom",
                "/feed.rss", "/theme.css", "/similar?title=dark", "?q=dark"}) {
            var response = reader.get("/p/" + ws.slug() + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(reader.cookies.getCookieStore().getCookies()).isEmpty();
        assertThat(reader.get("/p/" + ws.slug()).body()).contains("Dark mode please");
    }

    @Test
    void aWorkspaceWithoutAnOpenPortalHasNoPublicPages() {
        var ws = new TestWorkspaces(context).create();

        assertThat(new PortalClient(port).get("/p/" + ws.slug()).statusCode()).isEqualTo(404);
        assertThat(new PortalClient(port).get("/p/no-such-workspace/t/1").statusCode()).isEqualTo(404);
    }

    @Test
    void aMailedSignInLinkSignsInOnceAndOnlyItsDigestIsStored() {
        var ws = workspaceWithPortal();
        var email = "bo-" + ws.slug() + "@customers.test";
        var client = new PortalClient(port);
        client.submit("/p/" + ws.slug() + "/sign-in", "/p/" + ws.slug() + "/sign-in", "email=" + encode(email) + "&name=Bo");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email).isEmpty());
        var matcher = PortalClient.LINK.matcher(text(mailsTo(email).getFirst()));
        assertThat(matcher.find()).isTrue();
        var link = matcher.group(1);

        var first = client.confirm(link);
        var second = new PortalClient(port).confirm(link);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("FRONTLINE_SESSION="));
        assertThat(client.get("/p/" + ws.slug()).body()).contains("Signed in as").contains("Bo");
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("used already or has expired");
        var token = link.substring(link.indexOf("token=") + 6);
        assertThat(jdbc.sql("select count(*) from portal_sign_in where token_hash = ?").param(token).query(Long.class).single())
                .isZero();
        assertThat(users.findByEmail(ws.id(), email)).hasValueSatisfying(u -> assertThat(u.displayName()).isEqualTo("Bo"));
    }

    @Test
    void aSignedInCustomerCannotOpenAgentPagesEvenWithTheAgentsAddress() {
        var ws = workspaceWithPortal();
        var client = new PortalClient(port);
        client.signIn(ws.slug(), ws.adminEmail(), "Not the admin");

        var inbox = client.get("/w/" + ws.slug() + "/inbox");

        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aCustomerSignedInOnOnePortalIsAStrangerOnAnother() {
        var mine = workspaceWithPortal();
        var theirs = workspaceWithPortal();
        var client = new PortalClient(port);
        client.signIn(mine.slug(), "cy-" + mine.slug() + "@customers.test", "Cy");

        var page = client.get("/p/" + theirs.slug() + "/new");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/sign-in"));
    }

    @Test
    void postingVotingOncePerPersonWithdrawingAndCommenting() {
        var ws = workspaceWithPortal();
        var ann = new PortalClient(port);
        ann.signIn(ws.slug(), "ann-" + ws.slug() + "@customers.test", "Ann");
        var bob = new PortalClient(port);
        bob.signIn(ws.slug(), "bob-" + ws.slug() + "@customers.test", "Bob");

        var posted = ann.submit("/p/" + ws.slug() + "/new", "/p/" + ws.slug() + "/topics",
                "kind=problem&title=" + encode("Checkout fails with <script>alert(1)</script>") + "&body=" + encode("It **breaks**"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/t/1"));
        var topicPage = "/p/" + ws.slug() + "/t/1";
        bob.submit(topicPage, topicPage + "/vote", "action=add");
        bob.submit(topicPage, topicPage + "/vote", "action=add");

        assertThat(votes(ws.id())).as("the author's own vote and one from Bob, counted once").isEqualTo(2);
        bob.submit(topicPage, topicPage + "/vote", "action=withdraw");
        assertThat(votes(ws.id())).isEqualTo(1);
        bob.submit(topicPage, topicPage + "/comments", "body=" + encode("Same here, *every* time"));

        var page = new PortalClient(port).get(topicPage).body();
        assertThat(page).contains("Checkout fails with &lt;script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(page).contains("<strong>breaks</strong>").contains("<em>every</em>");
        var topic = topics.findByNumber(ws.id(), 1).orElseThrow();
        assertThat(topic.kind()).isEqualTo(TopicKind.PROBLEM);
        assertThat(topic.commentCount()).isEqualTo(1);
    }

    @Test
    void formsWithoutTheCsrfFieldAreRefused() {
        var ws = workspaceWithPortal();
        var client = new PortalClient(port);
        client.signIn(ws.slug(), "dee-" + ws.slug() + "@customers.test", "Dee");

        var response = client.post("/p/" + ws.slug() + "/topics", "kind=idea&title=" + encode("Sneaky topic here"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(topics.findByNumber(ws.id(), 1)).isEmpty();
    }

    @Test
    void strangersWhoTryToPostAreSentToSignInAndBack() {
        var ws = workspaceWithPortal();

        var response = new PortalClient(port).get("/p/" + ws.slug() + "/new");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/p/" + ws.slug() + "/sign-in?next=/p/" + ws.slug() + "/new");
    }

    @Test
    void signInLinksAreRateLimitedPerAddress() {
        var ws = workspaceWithPortal();
        var client = new PortalClient(port);
        var email = "flood-" + ws.slug() + "@customers.test";
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client.submit("/p/" + ws.slug() + "/sign-in", "/p/" + ws.slug() + "/sign-in", "email=" + encode(email))
                    .statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
    }

    @Test
    void theThemeStylesheetCarriesTheWorkspaceColourWithAReadableInk() {
        var ws = workspaceWithPortal();

        var css = new PortalClient(port).get("/p/" + ws.slug() + "/theme.css");

        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains("--brand: #0e7490;").contains("--brand-ink: #ffffff;");
    }

    @Test
    void similarTitlesAreSuggestedWhileTyping() {
        var ws = workspaceWithPortal();
        var ann = new PortalClient(port);
        ann.signIn(ws.slug(), "eve-" + ws.slug() + "@customers.test", "Eve");
        ann.submit("/p/" + ws.slug() + "/new", "/p/" + ws.slug() + "/topics", "kind=idea&title=" + encode("Dark mode for the app"));

        var fragment = new PortalClient(port).get("/p/" + ws.slug() + "/similar?title=" + encode("darkmode app")).body();
        var none = new PortalClient(port).get("/p/" + ws.slug() + "/similar?title=" + encode("refund delays")).body();

        assertThat(fragment).contains("Dark mode for the app").contains("Is it one of these?");
        assertThat(none).doesNotContain("Dark mode");
    }

    @Test
    void idsOfAnotherWorkspaceNeverLeak() {
        var ws = workspaceWithPortal();
        var other = workspaceWithPortal();
        var ann = new PortalClient(port);
        ann.signIn(ws.slug(), "fay-" + ws.slug() + "@customers.test", "Fay");
        ann.submit("/p/" + ws.slug() + "/new", "/p/" + ws.slug() + "/topics", "kind=idea&title=" + encode("Only in my workspace"));

        assertThat(new PortalClient(port).get("/p/" + other.slug() + "/t/1").statusCode()).isEqualTo(404);
        assertThat(new PortalClient(port).get("/p/" + other.slug() + "?q=only").body()).doesNotContain("Only in my workspace");
    }

    private long votes(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from idea_vote where workspace_id = ?").param(workspace.value()).query(Long.class).single();
    }

}
