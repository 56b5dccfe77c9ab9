package org.frontline.metrics.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.frontline.cases.CaseOverview;
import org.frontline.cases.CaseOverviews;
import org.frontline.cases.CaseParties;
import org.frontline.cases.CaseStatus;
import org.frontline.cases.CaseStatusChanged;
import org.frontline.cases.ContactId;
import org.frontline.replies.Replies;
import org.frontline.routing.AgentId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a survey when a case is resolved: on the case's channel through the replies module when that channel
 * can answer, else by e-mail when the contact has an address. The survey row is keyed by the resolution, so a
 * redelivered event sends nothing twice; a failed send rolls the row back and the event is retried.
 */
@Component
class SurveyDispatch {

    static final String AUTHOR = "Satisfaction survey";
    private static final Logger log = LoggerFactory.getLogger(SurveyDispatch.class);

    private final SurveySettings settings;
    private final SurveyRepository surveys;
    private final SurveyLinks links;
    private final CaseOverviews cases;
    private final Replies replies;
    private final ObjectProvider<JavaMailSender> mail;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyDispatch(SurveySettings settings, SurveyRepository surveys, SurveyLinks links, CaseOverviews cases, Replies replies,
            ObjectProvider<JavaMailSender> mail, SurveyProperties properties, Clock clock) {
        this.settings = settings;
        this.surveys = surveys;
        this.links = links;
        this.cases = cases;
        this.replies = replies;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        if (event.to() != CaseStatus.RESOLVED) {
            return;
        }
        var choice = settings.of(event.workspace());
        if (!choice.enabled()) {
            return;
        }
        var overview = cases.find(event.workspace(), event.caseId());
        var parties = cases.parties(event.workspace(), event.caseId());
        if (overview.isEmpty() || parties.isEmpty()) {
            return;
        }
        send(event, choice, overview.get(), parties.get());
    }

    private void send(CaseStatusChanged event, SurveySettings.Choice choice, CaseOverview overview, CaseParties parties) {
        var onChannel = replies.sendsOnChannel(event.workspace(), event.caseId(), overview.channel());
        var mailer = mail.getIfAvailable();
        var email = parties.contactEmails().isEmpty() || mailer == null ? null : parties.contactEmails().getFirst();
        var sentBy = onChannel ? "channel" : email != null ? "email" : "unreachable";
        var expiresAt = clock.instant().plus(properties.validFor()).truncatedTo(ChronoUnit.SECONDS);
        var survey = new SurveyRecord(UUID.randomUUID(), event.workspace().value(), event.caseId().value(),
                idOf(parties.contact()), idOf(parties.assignee()), overview.channel(), choice.questions(), expiresAt, null);
        if (!surveys.insert(survey, event.at(), sentBy)) {
            return;
        }
        var text = invitation(survey.id(), expiresAt);
        if (onChannel) {
            replies.answer(event.workspace(), event.caseId(), overview.channel(), AUTHOR, text);
        } else if (email != null && mailer != null) {
            mailer.send(message(email, text));
        } else {
            log.info("Case {} was resolved but its contact cannot be reached on the channel or by e-mail: no survey sent", event.caseId());
        }
    }

    private String invitation(UUID survey, Instant expiresAt) {
        return "Thanks for getting in touch. How did we do? Tell us in one click: " + links.url(survey, expiresAt);
    }

    private SimpleMailMessage message(String to, String text) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject("How did we do?");
        message.setText(text + "\n\nThe link works once and expires in " + properties.validFor().toDays() + " days.");
        return message;
    }

    private static @Nullable UUID idOf(@Nullable ContactId contact) {
        return contact == null ? null : contact.value();
    }

    private static @Nullable UUID idOf(@Nullable AgentId agent) {
        return agent == null ? null : agent.value();
    }
}
