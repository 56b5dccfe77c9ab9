package org.frontline.ideas.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.ideas.TopicStatus;
import org.frontline.shared.Page;
import org.frontline.shared.PageRequest;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** The portal's lists: top, trending, new, by status, the roadmap, search, and duplicate suggestions. */
@Component
public class TopicLists {

    /** Trending ranks among this many most-voted topics: enough for any page a person reads. */
    static final int TRENDING_CANDIDATES = 1_000;
    static final int SIMILAR_CANDIDATES = 2_000;
    static final int ROADMAP_COLUMN = 20;

    private final TopicRepository topics;
    private final VoteRepository votes;
    private final IdeasProperties properties;
    private final Clock clock;

    TopicLists(TopicRepository topics, VoteRepository votes, IdeasProperties properties, Clock clock) {
        this.topics = topics;
        this.votes = votes;
        this.properties = properties;
        this.clock = clock;
    }

    public Page<Topic> page(WorkspaceId workspace, TopicFilter filter, TopicSort sort, PageRequest request) {
        if (sort != TopicSort.TRENDING) {
            return topics.page(workspace, filter, sort, request);
        }
        var candidates = topics.ids(workspace, filter, TRENDING_CANDIDATES);
        var now = clock.instant();
        // Votes older than ten half-lives weigh under 0.1%: leave them out of the sum.
        var recent = votes.since(workspace, now.minus(properties.trendingHalfLife().multipliedBy(10)));
        var ordered = Trending.order(candidates, Trending.scores(recent, now, properties.trendingHalfLife()));
        var from = (int) Math.min(request.offset(), ordered.size());
        var slice = ordered.subList(from, Math.min(from + request.size(), ordered.size()));
        var byId = topics.findAll(workspace, slice);
        return new Page<>(slice.stream().map(byId::get).toList(), request.page(), request.size(), ordered.size());
    }

    /** The public roadmap: planned, in progress and done topics, most voted first. */
    public Map<TopicStatus, List<Topic>> roadmap(WorkspaceId workspace) {
        var columns = new LinkedHashMap<TopicStatus, List<Topic>>();
        for (var status : TopicStatus.ROADMAP) {
            var filter = TopicFilter.everything().withStatus(status);
            var sort = status == TopicStatus.DONE ? TopicSort.NEW : TopicSort.TOP;
            columns.put(status, topics.page(workspace, filter, sort, new PageRequest(0, ROADMAP_COLUMN)).items());
        }
        return columns;
    }

    public List<SimilarTopics.Suggestion> similar(WorkspaceId workspace, String title, int limit) {
        if (title.strip().length() < 3) {
            return List.of();
        }
        return SimilarTopics.find(title, topics.recentPublic(workspace, SIMILAR_CANDIDATES), limit);
    }
}
