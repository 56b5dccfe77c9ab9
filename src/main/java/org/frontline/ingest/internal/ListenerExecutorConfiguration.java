package org.frontline.ingest.internal;

import org.springframework.boot.task.SimpleAsyncTaskExecutorCustomizer;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * The application's task executor, which runs every {@code @ApplicationModuleListener}, counts its backlog in
 * {@link ListenerBacklog}. Its queue stays unbounded on purpose: the bound is kept by ingest waiting before it stores
 * (holding no transaction), whereas a bounded queue would have to block or refuse the hand-over after the
 * producer's commit, where a refused event is only delivered again at the next start and a blocked one holds a
 * connection that the listeners need.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

    private final ListenerBacklog backlog;

    ListenerExecutorConfiguration(IngestProperties properties) {
        this.backlog = new ListenerBacklog(properties.listenerBacklog());
    }

    @Bean
    ListenerBacklog listenerBacklog() {
        return backlog;
    }

    @Bean
    ThreadPoolTaskExecutorCustomizer listenerBacklogOnThreadPool() {
        return executor -> executor.setTaskDecorator(backlog.decorator());
    }

    /** The same when virtual threads are on ({@code spring.threads.virtual.enabled}). */
    @Bean
    SimpleAsyncTaskExecutorCustomizer listenerBacklogOnVirtualThreads() {
        return executor -> executor.setTaskDecorator(backlog.decorator());
    }

    @EventListener(ContextClosedEvent.class)
    void stopWaiting() {
        backlog.close();
    }
}
