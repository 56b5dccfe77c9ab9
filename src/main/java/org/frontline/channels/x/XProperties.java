package org.frontline.channels.x;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the X adapter, under {@code frontline.channels.x}.
 *
 * @param api the X API v2 base address (an operator setting, not a user's; tests point it at a local server)
 */
@ConfigurationProperties("frontline.channels.x")
record XProperties(@DefaultValue("https://api.x.com") URI api) {}
