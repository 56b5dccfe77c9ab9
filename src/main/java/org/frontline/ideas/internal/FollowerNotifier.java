package org.frontline.ideas.internal;

import org.frontline.ideas.OfficialAnswerGiven;
import org.frontline.ideas.TopicId;
import org.frontline.ideas.TopicStatusChanged;
import org.frontline.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a topic's followers by e-mail when its official status changes or the company answers. Runs after
 * the change committed, from the event publication registry, so a restart does not lose a notification.
 * One failing address does not keep the others from hearing.
 */
@Component
class FollowerNotifier {

    private static final Logger log = LoggerFactory.getLogger(FollowerNotifier.class);

    private final TopicRepository topics;
    private final FollowRepository follows;
    private final PortalUserRepository users;
    private final PortalRepository portals;
    private final PortalMail mail;
    private final PublicLinks links;

    FollowerNotifier(
            TopicRepository topics,
            FollowRepository follows,
            PortalUserRepository users,
            PortalRepository portals,
            PortalMail mail,
            PublicLinks links) {
        this.topics = topics;
        this.follows = follows;
        this.users = users;
        this.portals = portals;
        this.mail = mail;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(TopicStatusChanged event) {
        notifyFollowers(event.workspace(), event.topic(), (portal, topic) -> new Message(
                "[" + portal.title() + "] \"" + topic.title() + "\" is now " + event.to().label(),
                "The status of \"%s\" changed from %s to %s.%s".formatted(
                        topic.title(), event.from().label(), event.to().label(),
                        event.note() == null ? "" : "\n\nNote from " + portal.title() + ":\n" + event.note())));
    }

    @ApplicationModuleListener
    void on(OfficialAnswerGiven event) {
        notifyFollowers(event.workspace(), event.topic(), (portal, topic) -> new Message(
                "[" + portal.title() + "] An official answer on \"" + topic.title() + "\"",
                "%s answered \"%s\":\n\n%s".formatted(
                        portal.title(), topic.title(), Markdown.toText(String.valueOf(topic.officialAnswer()), 5_000))));
    }

    private record Message(String subject, String text) {}

    private interface Composer {
        Message compose(Portal portal, Topic topic);
    }

    private void notifyFollowers(WorkspaceId workspace, TopicId id, Composer composer) {
        var portal = portals.find(workspace).orElse(null);
        var topic = topics.find(workspace, id).orElse(null);
        if (portal == null || topic == null || !topic.isPublic()) {
            return;
        }
        var message = composer.compose(portal, topic);
        var text = message.text() + "\n\n" + links.topic(portal.slug(), topic.number())
                + "\n\nYou receive this because you follow this topic. Unfollow it on its page to stop.";
        var followers = users.findAll(workspace, follows.followers(workspace, id));
        for (var follower : followers.values()) {
            try {
                mail.send(follower.email(), message.subject(), text);
            } catch (MailException e) {
                log.warn("A follower of topic #{} could not be notified; the others still are", topic.number());
            }
        }
    }
}
