package org.frontline.channels.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FetcherConfiguration {

    @Bean(destroyMethod = "close")
    SafeHttpFetcher safeHttpFetcher(ChannelsProperties properties) {
        return new SafeHttpFetcher(properties.fetch(), HostResolver.system());
    }
}
