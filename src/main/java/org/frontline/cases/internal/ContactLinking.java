package org.frontline.cases.internal;

import org.frontline.cases.CaseOpened;
import org.frontline.cases.Contacts;
import org.frontline.ingest.Posts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ties every new case to the contact behind its first post, in the transaction that opens the case. */
@Component
class ContactLinking {

    private final Contacts contacts;
    private final Posts posts;

    ContactLinking(Contacts contacts, Posts posts) {
        this.contacts = contacts;
        this.posts = posts;
    }

    @EventListener
    void on(CaseOpened event) {
        posts.find(event.workspace(), event.post())
                .ifPresent(post -> contacts.attach(event.workspace(), event.caseId(), contacts.resolve(event.workspace(), post)));
    }
}
