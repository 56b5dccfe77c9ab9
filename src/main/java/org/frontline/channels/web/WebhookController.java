package org.frontline.channels.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.channels.internal.ChannelsProperties;
import org.frontline.channels.webhook.WebhookReceiver;
import org.frontline.channels.webhook.WebhookSignature;
import org.frontline.web.PayloadTooLarge;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hooks/{workspace}/{source}}: any system pushes JSON here, signed with the webhook's secret.
 * No session, no token: the HMAC signature over the raw body is the authentication, so the body is read
 * as bytes, exactly as signed, and capped.
 */
@RestController
class WebhookController {

    private final WebhookReceiver receiver;
    private final long maxBodyBytes;

    WebhookController(WebhookReceiver receiver, ChannelsProperties properties) {
        this.receiver = receiver;
        this.maxBodyBytes = properties.webhook().maxBodyBytes();
    }

    @PostMapping("/hooks/{workspace}/{source}")
    ResponseEntity<Map<String, Object>> receive(
            @PathVariable String workspace,
            @PathVariable String source,
            @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) @Nullable String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) @Nullable String signature,
            @RequestHeader(name = WebhookSignature.DELIVERY_HEADER, required = false) @Nullable String delivery,
            HttpServletRequest request)
            throws IOException {
        var body = read(request.getInputStream());
        var receipt = receiver.receive(workspace, source, timestamp, signature, delivery, body);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("status", receipt.duplicate() ? "duplicate" : "accepted");
        answer.put("posts", receipt.posts().stream()
                .map(p -> Map.of("id", p.id().toString(), "externalId", p.externalId(), "status", p.created() ? "created" : "duplicate"))
                .toList());
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(answer);
    }

    private byte[] read(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        try {
            for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + (long) n > maxBodyBytes) {
                    throw new PayloadTooLarge(maxBodyBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The shell's size filter stops a chunked body mid-way with an IOException of its own.
            if (out.size() + buffer.length >= maxBodyBytes) {
                throw new PayloadTooLarge(maxBodyBytes);
            }
            throw e;
        }
        return out.toByteArray();
    }
}
