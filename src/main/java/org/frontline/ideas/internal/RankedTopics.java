package org.frontline.ideas.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.frontline.cases.ContactId;
import org.frontline.cases.Contacts;
import org.frontline.ideas.TopicId;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a topic's ranking inputs (voters' customer values, linked mentions and cases, reach) and scores it. */
@Component
public class RankedTopics {

    public record Ranked(Topic topic, Ranking.Score score) {}

    /** A voter as the admin sees them: their portal account and the customer value of their contact. */
    public record Voter(PortalUser user, double customerValue) {}

    static final int RANKED_LIST = 200;

    private final TopicRepository topics;
    private final VoteRepository votes;
    private final PortalUserRepository users;
    private final MentionLinks links;
    private final Posts posts;
    private final Contacts contacts;

    RankedTopics(TopicRepository topics, VoteRepository votes, PortalUserRepository users, MentionLinks links, Posts posts,
            Contacts contacts) {
        this.topics = topics;
        this.votes = votes;
        this.users = users;
        this.links = links;
        this.posts = posts;
        this.contacts = contacts;
    }

    public Ranking.Score score(WorkspaceId workspace, TopicId topic) {
        var voterValues = voters(workspace, topic).stream().map(Voter::customerValue).toList();
        var linked = links.of(workspace, topic);
        var linkedPosts = posts.findAll(workspace, linked.stream().map(MentionLinks.Link::post).toList());
        var cases = linked.stream().map(MentionLinks.Link::caseId).filter(Objects::nonNull).distinct().count();
        var maxFollowers = linkedPosts.values().stream()
                .map(PostView::author)
                .map(a -> a.followers() == null ? 0L : a.followers())
                .max(Long::compare)
                .orElse(0L);
        return Ranking.score(new Ranking.Inputs(voterValues, linkedPosts.size(), (int) cases, maxFollowers));
    }

    /** The most-voted topics (public or not) re-ordered by the company's score, highest first. */
    public List<Ranked> ranked(WorkspaceId workspace, TopicFilter filter) {
        return topics.page(workspace, filter.forModerators(), TopicSort.TOP, new PageRequest(0, RANKED_LIST))
                .items()
                .stream()
                .map(t -> new Ranked(t, score(workspace, t.id())))
                .sorted(Comparator.comparingDouble((Ranked r) -> -r.score().total()))
                .toList();
    }

    /** Voters with the customer value of their contact (1 without one), for the ranking and the admin. */
    public List<Voter> voters(WorkspaceId workspace, TopicId topic) {
        var ids = votes.voters(topic);
        var byId = users.findAll(workspace, ids);
        var accounts = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        var values = contacts.customerValuesByEmail(workspace, accounts.stream().map(PortalUser::email).toList());
        return accounts.stream().map(u -> new Voter(u, values.getOrDefault(u.email(), 1.0))).toList();
    }

    /**
     * Sets the customer value on the voter's contact (found by e-mail address, created when support has not
     * met them yet): the value belongs to the person, wherever they speak.
     */
    @Transactional
    public ContactId setCustomerValue(WorkspaceId workspace, UUID user, double value) {
        var account = users.find(workspace, user).orElseThrow(() -> new PortalRefused("No such customer."));
        var contact = contacts.byEmail(workspace, account.email(), account.displayName());
        try {
            contacts.setCustomerValue(workspace, contact, value);
        } catch (IllegalArgumentException e) {
            throw new PortalRefused(e.getMessage());
        }
        return contact;
    }
}
