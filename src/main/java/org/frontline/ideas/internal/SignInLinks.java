package org.frontline.ideas.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password-less sign-in: a link with 256 random bits is mailed; it works once, until it expires. Only its
 * SHA-256 digest is stored, so a copy of the database opens no account. Requests are rate-limited per IP
 * and per address, and the answer is the same whether the address has an account or not.
 */
@Component
public class SignInLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,63}");
    static final int MAX_NAME = 80;

    /** What a redeemed link gives: the account and where the customer was going. */
    public record Redeemed(PortalUser user, @Nullable String next) {}

    private final JdbcClient jdbc;
    private final PortalUserRepository users;
    private final PortalMail mail;
    private final PublicLinks links;
    private final RateLimiter limits;
    private final IdeasProperties properties;
    private final Clock clock;

    SignInLinks(
            JdbcClient jdbc,
            PortalUserRepository users,
            PortalMail mail,
            PublicLinks links,
            RateLimiter limits,
            IdeasProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    public static boolean isEmail(String value) {
        return value.length() <= 320 && EMAIL.matcher(value.strip()).matches();
    }

    /** Mails a sign-in link for the portal. {@code next} must be a path on the same portal, else it is dropped. */
    @Transactional
    public void request(Portal portal, String email, @Nullable String displayName, @Nullable String next, String ip) {
        if (!isEmail(email)) {
            throw new PortalRefused("Enter a valid e-mail address.");
        }
        var address = PortalUserRepository.normalize(email);
        limits.require(portal.slug() + "|" + ip + "|sign-in", properties.signInsPerIp(), "sign-in requests from your network");
        limits.require(portal.slug() + "|" + address + "|sign-in", properties.signInsPerEmail(), "sign-in links for this address");
        var token = newToken();
        var now = clock.instant();
        jdbc.sql("insert into portal_sign_in (token_hash, workspace_id, email, display_name, next_path, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(digest(token), portal.workspace().value(), address, cleanName(displayName),
                        safeNext(portal, next), now.atOffset(ZoneOffset.UTC),
                        now.plus(properties.signInLinkTtl()).atOffset(ZoneOffset.UTC))
                .update();
        var link = links.portal(portal.slug()) + "/sign-in/confirm?token=" + token;
        mail.send(address, "Sign in to " + portal.title(), """
                Hello,

                Open this link to sign in to %s:

                %s

                It works once, for %d minutes. If you did not ask for it, ignore this mail: nothing happens.
                """.formatted(portal.title(), link, properties.signInLinkTtl().toMinutes()));
    }

    /** Uses up a link: the customer's account (created on first sign-in), or empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<Redeemed> redeem(Portal portal, String token) {
        var hash = digest(token);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        // One conditional update decides: two clicks racing cannot both succeed.
        var claimed = jdbc.sql("update portal_sign_in set used_at = ? where token_hash = ? and workspace_id = ?"
                        + " and used_at is null and expires_at > ?")
                .params(now, hash, portal.workspace().value(), now)
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select email, display_name, next_path from portal_sign_in where token_hash = ?")
                .param(hash)
                .query((rs, i) -> {
                    var email = rs.getString("email");
                    var name = rs.getString("display_name");
                    var user = users.findOrCreate(portal.workspace(), email, name == null ? defaultName(email) : name, now.toInstant());
                    return new Redeemed(user, rs.getString("next_path"));
                })
                .optional();
    }

    /** Where to go after signing in: only a path on this portal, so the link cannot send anyone elsewhere. */
    public static @Nullable String safeNext(Portal portal, @Nullable String next) {
        if (next == null || next.length() > 500) {
            return null;
        }
        var prefix = "/p/" + portal.slug();
        var ok = (next.equals(prefix) || next.startsWith(prefix + "/") || next.startsWith(prefix + "?"))
                && !next.contains("//") && !next.contains("\\");
        return ok ? next : null;
    }

    private static @Nullable String cleanName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var stripped = name.strip().replaceAll("\\p{Cntrl}", "");
        return stripped.length() > MAX_NAME ? stripped.substring(0, MAX_NAME) : stripped;
    }

    /** Never the address itself: names are public on the portal. */
    private static String defaultName(String email) {
        return "Customer " + digest(email).substring(0, 6);
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String value) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
