package org.frontline.web;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxBodyBytes the largest API request body accepted (1 MB by default)
 */
@ConfigurationProperties("frontline.web")
@Validated
record WebProperties(@DefaultValue("1048576") @Positive long maxBodyBytes) {}
