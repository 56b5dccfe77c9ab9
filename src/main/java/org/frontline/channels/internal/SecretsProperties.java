package org.frontline.channels.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key that seals stored secrets, under {@code frontline.secrets}.
 *
 * @param key base64 of 32 random bytes; when blank, {@code keyFile} is read, or created on first start
 * @param keyFile where the embedded mode keeps a generated key (back it up with the database)
 */
@ConfigurationProperties("frontline.secrets")
public record SecretsProperties(@Nullable String key, @DefaultValue("./data/secrets.key") Path keyFile) {}
