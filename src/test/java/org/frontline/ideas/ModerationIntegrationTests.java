package org.frontline.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.frontline.cases.Contacts;
import org.frontline.ideas.internal.MentionLinks;
import org.frontline.ideas.internal.Merging;
import org.frontline.ideas.internal.Moderation;
import org.frontline.ideas.internal.PortalPrincipal;
import org.frontline.ideas.internal.PortalRefused;
import org.frontline.ideas.internal.PortalUserRepository;
import org.frontline.ideas.internal.Posting;
import org.frontline.ideas.internal.RankedTopics;
import org.frontline.ideas.internal.Topic;
import org.frontline.ideas.internal.TopicFilter;
import org.frontline.ideas.internal.TopicLists;
import org.frontline.ideas.internal.TopicRepository;
import org.frontline.ideas.internal.TopicSort;
import org.frontline.ideas.internal.Visibility;
import org.frontline.ideas.internal.VoteRepository;
import org.frontline.ingest.Channel;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostId;
import org.frontline.ingest.PostIngestion;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.frontline.testing.Api;
import org.frontline.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The company's side, against the real database and SMTP server: statuses, answers, merging, ranking, links. */
class ModerationIntegrationTests extends PortalTestSupport {

    @Autowired Posting posting;
    @Autowired Moderation moderation;
    @Autowired Merging merging;
    @Autowired TopicLists lists;
    @Autowired TopicRepository topics;
    @Autowired VoteRepository votes;
    @Autowired PortalUserRepository users;
    @Autowired RankedTopics ranking;
    @Autowired MentionLinks links;
    @Autowired Ideas ideas;
    @Autowired PostIngestion ingestion;
    @Autowired Clock clock;
    @Autowired Contacts contacts;

    @Test
    void followersAreMailedWhenTheStatusChangesAndWhenTheCompanyAnswers() {
        var ws = workspaceWithPortal();
        var author = customer(ws.id(), "gus-" + ws.slug() + "@customers.test", "Gus");
        var follower = customer(ws.id(), "hal-" + ws.slug() + "@customers.test", "Hal");
        var topic = posting.post(author, "10.0.0.1", TopicKind.IDEA, "Offline mode for the app", "Trains have no signal.");
        posting.follow(follower, topic.id(), true);

        moderation.changeStatus(ws.id(), topic.id(), TopicStatus.PLANNED, "Coming in spring.", "agent@acme.test");
        moderation.answer(ws.id(), topic.id(), "We **love** this one.");

        for (var address : List.of("gus-" + ws.slug() + "@customers.test", "hal-" + ws.slug() + "@customers.test")) {
            await().until(() -> mailsTo(address).size() >= 2);
            var status = mailsTo(address).stream().filter(m -> subject(m).contains("is now planned")).findFirst().orElseThrow();
            assertThat(text(status)).contains("from open to planned").contains("Coming in spring.")
                    .contains("/p/" + ws.slug() + "/t/" + topic.number());
            assertThat(mailsTo(address)).anyMatch(m -> subject(m).contains("An official answer") && text(m).contains("We love this one."));
        }
    }

    @Test
    void mergingMovesVotesCommentsAndFollowersWithoutGivingAnyoneTwoVotes() {
        var ws = workspaceWithPortal();
        var ann = customer(ws.id(), "ann@m.test", "Ann");
        var bob = customer(ws.id(), "bob@m.test", "Bob");
        var cat = customer(ws.id(), "cat@m.test", "Cat");
        var kept = posting.post(ann, "10.0.0.1", TopicKind.IDEA, "Dark mode", "");
        var duplicate = posting.post(bob, "10.0.0.2", TopicKind.IDEA, "Night theme please", "");
        posting.vote(ann, duplicate.id());
        posting.vote(cat, duplicate.id());
        posting.comment(cat, duplicate.id(), "Yes please");

        var merged = merging.merge(ws.id(), duplicate.id(), kept.id());

        assertThat(merged.voteCount()).as("Ann once, Bob and Cat moved over").isEqualTo(3);
        assertThat(votes.voters(kept.id())).containsExactlyInAnyOrder(ann.userId(), bob.userId(), cat.userId());
        assertThat(merged.commentCount()).isEqualTo(1);
        assertThat(topics.find(ws.id(), duplicate.id()).orElseThrow().mergedInto()).isEqualTo(kept.id());
        assertThat(lists.page(ws.id(), TopicFilter.everything(), TopicSort.TOP, new PageRequest(0, 10)).items())
                .extracting(Topic::title).containsExactly("Dark mode");
        var redirect = new PortalClient(port).get("/p/" + ws.slug() + "/t/" + duplicate.number());
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/t/" + kept.number());
        assertThatThrownBy(() -> merging.merge(ws.id(), kept.id(), kept.id())).isInstanceOf(PortalRefused.class);
    }

    @Test
    void spamIsHeldForAModeratorAndOnlyItsAuthorSeesIt() {
        var ws = workspaceWithPortal();
        var spammer = customer(ws.id(), "spam@m.test", "Spam");
        var reader = customer(ws.id(), "reader@m.test", "Reader");

        var topic = posting.post(spammer, "10.0.0.9", TopicKind.IDEA, "Cheap casino bonus",
                "Click here https://bit.ly/x http://a.example http://b.example buy now");

        assertThat(topic.visibility()).isEqualTo(Visibility.HELD);
        assertThat(topic.spamReasons()).contains("shortened link").contains("casino");
        assertThat(topic.visibleTo(spammer.userId())).isTrue();
        assertThat(topic.visibleTo(reader.userId())).isFalse();
        assertThat(lists.page(ws.id(), TopicFilter.everything(), TopicSort.NEW, new PageRequest(0, 10)).total()).isZero();
        moderation.setVisibility(ws.id(), topic.id(), Visibility.VISIBLE);
        assertThat(lists.page(ws.id(), TopicFilter.everything(), TopicSort.NEW, new PageRequest(0, 10)).total()).isEqualTo(1);
    }

    @Test
    void rudeTopicsAreFlaggedForALookButStayPublished() {
        var ws = workspaceWithPortal();
        var angry = customer(ws.id(), "angry@m.test", "Angry");

        var topic = posting.post(angry, "10.0.0.3", TopicKind.PROBLEM, "Your app is garbage",
                "You stupid idiots broke the f*cking login again, fix your shit");

        assertThat(topic.rude()).isTrue();
        assertThat(topic.rudeReason()).isNotBlank();
        assertThat(topic.visibility()).isEqualTo(Visibility.VISIBLE);
    }

    @Test
    void listsTopTrendingNewByStatusRoadmapAndSearch() {
        var ws = workspaceWithPortal();
        var people = List.of("a", "b", "c", "d").stream().map(n -> customer(ws.id(), n + "@l.test", n.toUpperCase())).toList();
        var old = posting.post(people.get(0), "10.0.1.1", TopicKind.IDEA, "Old favourite feature", "");
        var fresh = posting.post(people.get(1), "10.0.1.2", TopicKind.PROBLEM, "Fresh login problem", "Cannot log in");
        var done = posting.post(people.get(2), "10.0.1.3", TopicKind.IDEA, "Export orders as CSV", "");
        // Old votes for the old favourite, new votes for the fresh problem.
        var monthAgo = clock.instant().minus(30, ChronoUnit.DAYS);
        for (var p : people.subList(1, 4)) {
            votes.add(ws.id(), old.id(), p.userId(), monthAgo);
        }
        topics.recount(old.id());
        posting.vote(people.get(2), fresh.id());
        moderation.changeStatus(ws.id(), done.id(), TopicStatus.DONE, null, "agent");

        assertThat(titles(ws.id(), TopicFilter.everything(), TopicSort.TOP)).first().isEqualTo("Old favourite feature");
        assertThat(titles(ws.id(), TopicFilter.everything(), TopicSort.TRENDING)).first().isEqualTo("Fresh login problem");
        assertThat(titles(ws.id(), TopicFilter.everything(), TopicSort.NEW)).first().isEqualTo("Export orders as CSV");
        assertThat(titles(ws.id(), TopicFilter.everything().withStatus(TopicStatus.DONE), TopicSort.TOP))
                .containsExactly("Export orders as CSV");
        assertThat(titles(ws.id(), TopicFilter.everything().withSearch("LOG IN"), TopicSort.TOP))
                .containsExactly("Fresh login problem");
        assertThat(titles(ws.id(), TopicFilter.everything().withSearch("100%_"), TopicSort.TOP)).isEmpty();
        assertThat(titles(ws.id(), TopicFilter.everything().withKind(TopicKind.PROBLEM), TopicSort.TOP))
                .containsExactly("Fresh login problem");
        assertThat(lists.roadmap(ws.id()).get(TopicStatus.DONE)).extracting(Topic::title).containsExactly("Export orders as CSV");
        assertThat(titles(ws.id(), TopicFilter.everything().votedBy(people.get(2).userId()), TopicSort.TOP))
                .containsExactlyInAnyOrder("Old favourite feature", "Fresh login problem", "Export orders as CSV");
    }

    @Test
    void rankingWeighsCustomerValueMentionsCasesAndReachAndExplainsItself() {
        var ws = workspaceWithPortal();
        var ann = customer(ws.id(), "ann@r.test", "Ann");
        var vip = customer(ws.id(), "vip@r.test", "Vip");
        var contact = ranking.setCustomerValue(ws.id(), vip.userId(), 5);
        var topic = posting.post(ann, "10.0.2.1", TopicKind.IDEA, "Bulk export", "");
        posting.vote(vip, topic.id());
        var post = mention(ws.id(), "acme please add bulk export", 9_999L);
        ideas.linkMention(ws.id(), topic.id(), post, new org.frontline.cases.CaseId(java.util.UUID.randomUUID()), "agent");

        var score = ranking.score(ws.id(), topic.id());

        assertThat(score.terms()).extracting(t -> t.name()).containsExactly("Votes", "Mentions", "Cases", "Reach");
        assertThat(score.terms().get(0).points()).isEqualTo(6.0);
        assertThat(score.terms().get(1).points()).isEqualTo(2.0);
        assertThat(score.terms().get(2).points()).isEqualTo(1.0);
        assertThat(score.terms().get(3).points()).isEqualTo(8.0, org.assertj.core.api.Assertions.within(0.001));
        assertThat(score.total()).isEqualTo(17.0, org.assertj.core.api.Assertions.within(0.001));
        assertThat(score.terms().get(0).explanation()).contains("2 votes").contains("1 from customers valued above 1");
        var person = contacts.find(ws.id(), contact).orElseThrow();
        assertThat(person.customerValue()).as("the value lives on the customer's contact").isEqualTo(5.0);
        assertThat(person.identities()).extracting(i -> i.email()).containsExactly("vip@r.test");
    }

    @Test
    void aValueSetOnTheContactWeighsTheVotesOfThePortalAccountWithTheSameAddress() {
        var ws = workspaceWithPortal();
        var ann = customer(ws.id(), "Ann@Value.test", "Ann");
        var topic = posting.post(ann, "10.0.2.9", TopicKind.IDEA, "Weighted idea", "");
        var contact = contacts.byEmail(ws.id(), "ann@value.test", "Ann from support");

        contacts.setCustomerValue(ws.id(), contact, 3);

        assertThat(ranking.score(ws.id(), topic.id()).terms().get(0).points()).isEqualTo(3.0);
        assertThatThrownBy(() -> contacts.setCustomerValue(ws.id(), contact, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ranking.setCustomerValue(ws.id(), ann.userId(), -1)).isInstanceOf(PortalRefused.class);
    }

    @Test
    void closingTheLoopLeavesMentionsWithoutACaseToAnswerByHandOnce() {
        var ws = workspaceWithPortal();
        var post1 = mention(ws.id(), "acme needs dark mode", 10L);
        var post2 = mention(ws.id(), "acme dark mode when", null);
        var topic = ideas.createTopicFromMention(ws.id(), post1, null, TopicKind.IDEA, "Dark mode", "agent");
        ideas.linkMention(ws.id(), topic, post2, null, "agent");
        moderation.changeStatus(ws.id(), topic, TopicStatus.DONE, "Shipped", "agent");

        var first = links.closeLoop(ws.id(), topic, "Dark mode is live!", "agent", Role.AGENT);
        var again = links.closeLoop(ws.id(), topic, "Dark mode is live!", "agent", Role.AGENT);

        assertThat(first.byHand()).as("these mentions matched no query: no case to reply on").isEqualTo(2);
        assertThat(first.queued()).isZero();
        assertThat(again.total()).isZero();
        assertThat(links.loopReplies(ws.id(), topic)).extracting(MentionLinks.LoopReply::status)
                .containsOnly(MentionLinks.ANSWER_BY_HAND);
        var created = topics.find(ws.id(), topic).orElseThrow();
        assertThat(created.body()).contains("> acme needs dark mode").doesNotContain("author-");
        assertThat(created.authorLabel()).isEqualTo("Portal " + ws.slug());
    }

    @Test
    void theApiSetsAStatusAndAnswersUnknownStatusesWithAProblem() {
        var ws = workspaceWithPortal();
        var ann = customer(ws.id(), "ann@api.test", "Ann");
        var topic = posting.post(ann, "10.0.3.1", TopicKind.IDEA, "An API topic", "");
        var api = new Api(port);
        var base = "/api/v1/workspaces/" + ws.slug() + "/ideas/topics/" + topic.number();

        var ok = api.post(base + "/status", ws.token(), "{\"status\":\"in progress\",\"note\":\"Building\"}");
        var bad = api.post(base + "/status", ws.token(), "{\"status\":\"shipped\"}");
        var read = api.get(base, ws.token());

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("in-progress");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asString()).isEqualTo("/problems/portal-submission");
        assertThat(read.json().get("ranking").get("terms").size()).isEqualTo(4);
        assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/ideas/topics/999", ws.token()).status()).isEqualTo(404);
    }

    @Test
    void feedsAreWellFormedAndEscapeCustomerText() throws Exception {
        var ws = workspaceWithPortal();
        var ann = customer(ws.id(), "ann@feed.test", "Ann <b>");
        posting.post(ann, "10.0.4.1", TopicKind.IDEA, "Support <emoji> & \"quotes\"", "Body with <script>x</script>");
        var client = new PortalClient(port);

        var atom = client.get("/p/" + ws.slug() + "/feed.atom?sort=new");
        var rss = client.get("/p/" + ws.slug() + "/feed.rss?status=open");

        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(atom.body())));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
                .isEqualTo("Support <emoji> & \"quotes\"");
        var rssDoc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(rss.body())));
        assertThat(rssDoc.getElementsByTagName("item").getLength()).isEqualTo(1);
        assertThat(rssDoc.getElementsByTagName("link").item(1).getTextContent()).endsWith("/p/" + ws.slug() + "/t/1");
    }

    private List<String> titles(WorkspaceId ws, TopicFilter filter, TopicSort sort) {
        return lists.page(ws, filter, sort, new PageRequest(0, 20)).items().stream().map(Topic::title).toList();
    }

    private PortalPrincipal customer(WorkspaceId ws, String email, String name) {
        var user = users.findOrCreate(ws, email, name, Instant.now(clock));
        return new PortalPrincipal(user.id(), ws, user.displayName());
    }

    private PostId mention(WorkspaceId ws, String text, Long followers) {
        var post = new NewPost(Channel.X, "ext-" + java.util.UUID.randomUUID(), null,
                new PostAuthor("author-" + text.hashCode(), null, null, followers), text, "en", clock.instant(), null, null);
        return ingestion.ingest(ws, List.of(post)).getFirst().id();
    }
}
