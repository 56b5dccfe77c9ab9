package org.frontline.ideas.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.frontline.ideas.TopicId;
import org.frontline.ingest.PostView;
import org.frontline.ingest.Posts;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Gathers a topic's ranking inputs (voters' customer values, linked mentions and cases, reach) and scores it. */
@Component
public class RankedTopics {

    public record Ranked(Topic topic, Ranking.Score score) {}

    static final int RANKED_LIST = 200;

    private final TopicRepository topics;
    private final VoteRepository votes;
    private final PortalUserRepository users;
    private final MentionLinks links;
    private final Posts posts;

    RankedTopics(TopicRepository topics, VoteRepository votes, PortalUserRepository users, MentionLinks links, Posts posts) {
        this.topics = topics;
        this.votes = votes;
        this.users = users;
        this.links = links;
        this.posts = posts;
    }

    public Ranking.Score score(WorkspaceId workspace, TopicId topic) {
        var voters = votes.voters(topic);
        var values = users.findAll(workspace, voters);
        var voterValues = voters.stream()
                .map(v -> values.containsKey(v) ? values.get(v).customerValue() : 1.0)
                .toList();
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

    /** Voters with their customer value, for the admin who sets it. */
    public List<PortalUser> voters(WorkspaceId workspace, TopicId topic) {
        var ids = votes.voters(topic);
        var byId = users.findAll(workspace, ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public boolean setCustomerValue(WorkspaceId workspace, UUID user, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new PortalRefused("A customer value is between 0 and 100.");
        }
        return users.setCustomerValue(workspace, user, value);
    }
}
