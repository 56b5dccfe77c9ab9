package org.frontline.channels.webhook;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A delivery turned away before anything was stored: unknown source, bad signature, stale timestamp. */
public class WebhookRefused extends ErrorResponseException {

    private WebhookRefused(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    static WebhookRefused notFound() {
        return new WebhookRefused(HttpStatus.NOT_FOUND, "/problems/webhook-not-found", "No such webhook",
                "There is no webhook at this address.");
    }

    static WebhookRefused unsigned(String detail) {
        return new WebhookRefused(HttpStatus.UNAUTHORIZED, "/problems/webhook-signature", "Signature not valid", detail);
    }

    static WebhookRefused stale(long toleranceSeconds) {
        return new WebhookRefused(HttpStatus.UNAUTHORIZED, "/problems/webhook-timestamp", "Timestamp out of range",
                "The signed timestamp is more than " + toleranceSeconds + " seconds away from now; sign the delivery again.");
    }

    static WebhookRefused unavailable() {
        return new WebhookRefused(HttpStatus.SERVICE_UNAVAILABLE, "/problems/webhook-unavailable", "Webhook unavailable",
                "This webhook cannot check signatures at the moment; its owner has been told why.");
    }

    static WebhookRefused missingDelivery() {
        return new WebhookRefused(HttpStatus.BAD_REQUEST, "/problems/webhook-delivery", "Delivery id missing",
                "Send a unique delivery id of 1 to 200 characters in " + WebhookSignature.DELIVERY_HEADER + ".");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
