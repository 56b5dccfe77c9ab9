package org.frontline.ideas.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.WorkspaceId;
import org.frontline.workspaces.WorkspaceAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo workspace {@code acme} an open portal with a few topics, votes and comments, once: a
 * workspace whose portal is open already is left as its users changed it. The demo module creates acme in
 * its own ready listener, whose order relative to this one is not defined, so a missing acme is looked for
 * again a few times before giving up.
 */
@Component
class DemoIdeas {

    private static final Logger log = LoggerFactory.getLogger(DemoIdeas.class);
    private static final int ATTEMPTS = 20;

    private record Seed(TopicKind kind, String title, String body, String author, int voters, TopicStatus status,
            String note, String comment) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed(TopicKind.IDEA, "Dark mode for the mobile app",
                    "Reading order updates at night is **blinding**. A dark theme, following the system setting, please.",
                    "Nadia", 7, TopicStatus.PLANNED, "On the plan for the next quarter.", "Yes! My eyes thank you in advance."),
            new Seed(TopicKind.PROBLEM, "Refund takes more than two weeks",
                    "I returned a camera on the 3rd and still see no refund. Support says *5 days*.",
                    "Tom", 5, TopicStatus.IN_PROGRESS, "We are moving refunds to a faster payment provider.",
                    "Same here, 16 days and counting."),
            new Seed(TopicKind.IDEA, "Export order history as CSV",
                    "For expense reports: one file with date, item, price and VAT.",
                    "Priya", 4, TopicStatus.DONE, "Shipped in the account page: Orders → Export.", "Works great, thanks!"),
            new Seed(TopicKind.QUESTION, "Do you ship to Iceland?",
                    "The checkout does not list Iceland. Is it coming?", "Einar", 2, TopicStatus.UNDER_REVIEW, "",
                    "Would love that too."),
            new Seed(TopicKind.PRAISE, "The new camera app is excellent",
                    "Setup took two minutes and the night mode is great.", "Lea", 3, TopicStatus.OPEN, "", ""));

    private final Environment environment;
    private final WorkspaceAdministration administration;
    private final Portals portals;
    private final PortalUserRepository users;
    private final TopicCreation creation;
    private final VoteRepository votes;
    private final CommentRepository comments;
    private final Moderation moderation;
    private final TopicRepository topics;
    private final TaskScheduler scheduler;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoIdeas(Environment environment, WorkspaceAdministration administration, Portals portals, PortalUserRepository users,
            TopicCreation creation, VoteRepository votes, CommentRepository comments, Moderation moderation,
            TopicRepository topics, TaskScheduler scheduler, TransactionTemplate transactions, Clock clock) {
        this.environment = environment;
        this.administration = administration;
        this.portals = portals;
        this.users = users;
        this.creation = creation;
        this.votes = votes;
        this.comments = comments;
        this.moderation = moderation;
        this.topics = topics;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (environment.getProperty("frontline.demo.enabled", Boolean.class, true)) {
            attempt(1);
        }
    }

    private void attempt(int number) {
        var acme = administration.findWorkspace("acme");
        if (acme.isPresent()) {
            seedOnce(acme.get());
        } else if (number < ATTEMPTS) {
            scheduler.schedule(() -> attempt(number + 1), clock.instant().plus(Duration.ofMillis(500)));
        }
    }

    private void seedOnce(WorkspaceId acme) {
        if (portals.of(acme).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            portals.open(acme, "acme", "Acme", "Tell us what to build next, and what to fix first.", "#0e7490");
            var now = clock.instant();
            var people = List.of("Nadia", "Tom", "Priya", "Einar", "Lea", "Sam", "Kofi", "Mei").stream()
                    .map(name -> users.findOrCreate(acme, name.toLowerCase() + "@customers.example", name, now))
                    .toList();
            for (int i = 0; i < SEEDS.size(); i++) {
                seed(acme, SEEDS.get(i), people, now.minus(Duration.ofDays(SEEDS.size() - i)));
            }
        });
        log.info("Opened the demo idea portal: /p/acme");
    }

    private void seed(WorkspaceId acme, Seed seed, List<PortalUser> people, java.time.Instant at) {
        var author = people.stream().filter(p -> p.displayName().equals(seed.author())).findFirst().orElseThrow();
        var topic = creation.create(acme, new TopicRepository.NewTopic(
                seed.kind(), seed.title(), seed.body(), author.id(), author.displayName(), Visibility.VISIBLE,
                SpamScore.NONE, Rudeness.NONE));
        for (int v = 0; v < seed.voters() && v < people.size(); v++) {
            votes.add(acme, topic.id(), people.get(v).id(), at.plus(Duration.ofHours(v)));
        }
        if (!seed.comment().isEmpty()) {
            var commenter = people.get((people.indexOf(author) + 1) % people.size());
            comments.add(acme, topic.id(), commenter.id(), commenter.displayName(), false, seed.comment(), false, at.plus(Duration.ofHours(2)));
        }
        topics.recount(topic.id());
        if (seed.status() != TopicStatus.OPEN) {
            moderation.changeStatus(acme, topic.id(), seed.status(), seed.note().isEmpty() ? null : seed.note(), "demo");
        }
    }
}
