package org.frontline.ideas.internal;

import java.time.Clock;
import java.util.Locale;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicKind;
import org.frontline.ideas.TopicNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed-in customer does on the portal: post a topic (which they then vote for and follow), vote
 * and withdraw, comment, follow. Every action is rate-limited per account; posting also per IP. New topics
 * are spam-scored (a high score holds them for a moderator) and checked for rudeness (flagged, not removed).
 */
@Component
public class Posting {

    static final int MAX_TITLE = 150;
    static final int MIN_TITLE = 5;
    static final int MAX_BODY = 10_000;
    static final int MAX_COMMENT = 5_000;

    private final TopicRepository topics;
    private final VoteRepository votes;
    private final FollowRepository follows;
    private final CommentRepository comments;
    private final Safeguards safeguards;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Posting(
            TopicRepository topics,
            VoteRepository votes,
            FollowRepository follows,
            CommentRepository comments,
            Safeguards safeguards,
            TransactionTemplate transactions,
            Clock clock) {
        this.topics = topics;
        this.votes = votes;
        this.follows = follows;
        this.comments = comments;
        this.safeguards = safeguards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Posts a topic; answers it, possibly held for review when it looks like spam. */
    public Topic post(PortalPrincipal author, String ip, TopicKind kind, String title, String body) {
        var cleanTitle = title.strip().replaceAll("\\s+", " ");
        var cleanBody = body.strip();
        if (cleanTitle.length() < MIN_TITLE || cleanTitle.length() > MAX_TITLE) {
            throw new PortalRefused("A title has " + MIN_TITLE + " to " + MAX_TITLE + " characters.");
        }
        if (cleanBody.length() > MAX_BODY) {
            throw new PortalRefused("A description has at most " + MAX_BODY + " characters.");
        }
        safeguards.limitTopic(author, ip);
        var spam = SpamScorer.score(cleanTitle, cleanBody, postedBefore(author, cleanTitle));
        var visibility = safeguards.holds(spam) ? Visibility.HELD : Visibility.VISIBLE;
        var rudeness = safeguards.rudeness(cleanTitle + "\n" + cleanBody);
        var draft = new TopicRepository.NewTopic(
                kind, cleanTitle, cleanBody, author.userId(), author.displayName(), visibility, spam, rudeness);
        return insertWithVote(author, draft);
    }

    public void vote(PortalPrincipal voter, TopicId topic) {
        safeguards.limitVote(voter);
        transactions.executeWithoutResult(s -> {
            requireOpenForCustomers(voter, topic);
            try {
                votes.add(voter.workspace(), topic, voter.userId(), clock.instant());
            } catch (DuplicateKeyException doubleClick) {
                // One vote per person: the other click already counted.
            }
            topics.recount(topic);
        });
    }

    public void withdrawVote(PortalPrincipal voter, TopicId topic) {
        safeguards.limitVote(voter);
        transactions.executeWithoutResult(s -> {
            requireOpenForCustomers(voter, topic);
            votes.remove(voter.workspace(), topic, voter.userId());
            topics.recount(topic);
        });
    }

    public void comment(PortalPrincipal author, TopicId topic, String body) {
        var clean = body.strip();
        if (clean.isEmpty() || clean.length() > MAX_COMMENT) {
            throw new PortalRefused("A comment has 1 to " + MAX_COMMENT + " characters.");
        }
        safeguards.limitComment(author);
        var rude = safeguards.rudeness(clean).rude();
        transactions.executeWithoutResult(s -> {
            requireOpenForCustomers(author, topic);
            comments.add(author.workspace(), topic, author.userId(), author.displayName(), false, clean, rude, clock.instant());
            follows.add(author.workspace(), topic, author.userId(), clock.instant());
            topics.recount(topic);
        });
    }

    public void follow(PortalPrincipal follower, TopicId topic, boolean on) {
        safeguards.limitVote(follower);
        transactions.executeWithoutResult(s -> {
            requireOpenForCustomers(follower, topic);
            if (on) {
                follows.add(follower.workspace(), topic, follower.userId(), clock.instant());
            } else {
                follows.remove(follower.workspace(), topic, follower.userId());
            }
        });
    }

    private Topic insertWithVote(PortalPrincipal author, TopicRepository.NewTopic draft) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(s -> {
                    var stored = topics.insert(author.workspace(), draft, clock.instant());
                    // Authors back their own topic and hear about it, as on every idea portal.
                    votes.add(author.workspace(), stored.id(), author.userId(), clock.instant());
                    follows.add(author.workspace(), stored.id(), author.userId(), clock.instant());
                    topics.recount(stored.id());
                    return topics.find(author.workspace(), stored.id()).orElseThrow();
                });
            } catch (DuplicateKeyException raced) {
                // Another topic took the same number at the same moment: take the next one.
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    private boolean postedBefore(PortalPrincipal author, String title) {
        var filter = TopicFilter.everything().byAuthor(author.userId()).forModerators();
        var lower = title.toLowerCase(Locale.ROOT);
        return topics.page(author.workspace(), filter, TopicSort.NEW, new org.frontline.shared.PageRequest(0, 20))
                .items()
                .stream()
                .anyMatch(t -> t.title().toLowerCase(Locale.ROOT).equals(lower));
    }

    private void requireOpenForCustomers(PortalPrincipal who, TopicId id) {
        var topic = topics.find(who.workspace(), id).orElseThrow(TopicNotFound::new);
        if (!topic.visibleTo(who.userId())) {
            throw new TopicNotFound();
        }
    }
}
