package org.frontline.web;

import org.frontline.workspaces.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the API, stateless with bearer tokens and no cookies (so no CSRF to defend), and the pages,
 * with form login, a session cookie and CSRF tokens. Both send a Content-Security-Policy that allows no
 * inline script. Signed webhooks ({@code /hooks/**}) have a third, stateless door of their own.
 */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and able to verify any older or newer {id}-prefixed hash.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(0)
    SecurityFilterChain hooks(HttpSecurity http, ProblemResponses problems, WebProperties properties) throws Exception {
        // Inbound webhooks carry no session or token: the channels module's controller verifies each body's
        // HMAC signature, so the filter level lets them through, stateless, without CSRF and size-capped.
        return http.securityMatcher("/hooks/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BodySizeLimitFilter(properties.maxBodyBytes(), problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, WebProperties properties)
            throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BodySizeLimitFilter(properties.maxBodyBytes(), problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                        response, ProblemResponses.unauthorized("Send a workspace API token as 'Authorization: Bearer <token>'."))))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(1) // beside the API chain: the two match disjoint paths, both before the pages.
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        // The public idea portal: anyone reads it, and a reader who is not signed in gets no session and no
        // cookie. Customers sign in by e-mailed link into an account of their own kind, kept under the portal's
        // own session key so it never opens an agent's page. CSRF tokens live in a cookie (set only where a form
        // is shown), so protecting forms does not need a session either.
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("PORTAL_CSRF");
        csrfTokens.setCookieCustomizer(c -> c.path("/p/").sameSite("Lax"));
        return http.securityMatcher("/p/**")
                .securityContext(c -> c.securityContextRepository(portalContexts()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(c -> c.csrfTokenRepository(csrfTokens))
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/s/**") // public survey pages: the signed link is the only credential
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * Portal customers' sign-in, under a session key of its own (the ideas module's PortalSecurity saves it
     * there; named here by value because the ideas module depends on this one, not the other way round).
     */
    private static SecurityContextRepository portalContexts() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey("FRONTLINE_PORTAL_SECURITY_CONTEXT");
        repository.setAllowSessionCreation(false);
        return repository;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
