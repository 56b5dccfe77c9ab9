package org.frontline.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

class ContrastTests {

    @Test
    void pickTheInkThatReadsOnTheAccent() {
        assertThat(portal("#0e7490").accentInk()).isEqualTo("#ffffff");
        assertThat(portal("#fde047").accentInk()).isEqualTo("#111111");
    }

    @Test
    void darkenAPaleAccentUntilItReadsAsLinkTextOnWhite() {
        var text = portal("#fde047").accentText();

        assertThat(Contrast.ratio(text, "#ffffff")).isGreaterThanOrEqualTo(4.5);
        assertThat(portal("#1e3a8a").accentText()).isEqualTo("#1e3a8a");
    }

    @Test
    void onlyPlainHexColoursAreAccepted() {
        assertThat(Portal.isColor("#12abEF")).isTrue();
        assertThat(Portal.isColor("red")).isFalse();
        assertThat(Portal.isColor("#123; } body { display:none")).isFalse();
    }

    private static Portal portal(String color) {
        return new Portal(new WorkspaceId(UUID.randomUUID()), "acme", "Acme", null, color, false);
    }
}
