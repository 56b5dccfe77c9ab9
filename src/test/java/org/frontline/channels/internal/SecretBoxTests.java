package org.frontline.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTests {

    private final SecretBox box = new SecretBox(new byte[32]);

    @Test
    void sealsWithAFreshNonceAndOpensWithTheSameKeyAndContext() {
        var first = box.seal("p4ssw0rd", "mailbox:1");
        var second = box.seal("p4ssw0rd", "mailbox:1");

        assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain("p4ssw0rd");
        assertThat(box.open(first, "mailbox:1")).isEqualTo("p4ssw0rd");
    }

    @Test
    void aSecretCopiedToAnotherRowDoesNotOpen() {
        var sealed = box.seal("p4ssw0rd", "mailbox:1");

        assertThatThrownBy(() -> box.open(sealed, "mailbox:2")).isInstanceOf(SecretBox.SecretUnreadable.class)
                .message().doesNotContain("p4ssw0rd");
    }

    @Test
    void anAlteredSecretOrAnotherKeyDoesNotOpen() {
        var sealed = box.seal("p4ssw0rd", "c");
        var bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        var tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        var otherKey = new byte[32];
        otherKey[0] = 1;

        assertThatThrownBy(() -> box.open(tampered, "c")).isInstanceOf(SecretBox.SecretUnreadable.class);
        assertThatThrownBy(() -> new SecretBox(otherKey).open(sealed, "c")).isInstanceOf(SecretBox.SecretUnreadable.class);
        assertThatThrownBy(() -> box.open("plain text", "c")).isInstanceOf(SecretBox.SecretUnreadable.class);
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).hasMessageContaining("256 bits");
    }
}
