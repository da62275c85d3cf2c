package com.articlefacts.web.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are open to anyone; writes need the API key in {@code X-API-Key}. Without a configured key every write is
 * refused, with a problem that says how to enable writes. Failures are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String API_KEY_HEADER = "X-API-Key";
    static final String WRITER = "ROLE_WRITER";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WriteAccessProperties properties, JsonMapper json)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // Reads are public and revalidated with ETags; Security's no-store would forbid caching them.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .addFilterBefore(new ApiKeyFilter(properties), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new WriteRateLimitFilter(properties.writesPerMinute(), json), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/articles").hasAuthority(WRITER)
                        .requestMatchers(HttpMethod.PUT, "/api/articles/*").hasAuthority(WRITER)
                        .requestMatchers(HttpMethod.DELETE, "/api/articles/*").hasAuthority(WRITER)
                        // no other write exists: MVC answers 405 with Allow, key or no key
                        .requestMatchers("/api/**", "/problems/**", "/v3/api-docs/**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, json, properties, request))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response, json,
                                ProblemType.FORBIDDEN, "This request is not allowed.", request.getRequestURI())));
        return http.build();
    }

    /** No user accounts: the API key is the only credential (and Boot generates no password). */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

    private static void refuse(HttpServletResponse response, JsonMapper json, WriteAccessProperties properties,
            HttpServletRequest request) throws IOException {
        if (!properties.writesEnabled()) {
            Problems.write(response, json, ProblemType.WRITES_DISABLED,
                    "This service has no API key configured, so it accepts no writes. Start it with the environment"
                            + " variable ARTICLE_FACTS_API_KEY (or the property article-facts.api-key) set to a secret,"
                            + " and send that secret in the " + API_KEY_HEADER + " header.", request.getRequestURI());
        } else {
            String detail = request.getHeader(API_KEY_HEADER) == null
                    ? "Writes need the API key in the " + API_KEY_HEADER + " header."
                    : "The " + API_KEY_HEADER + " header does not carry the configured API key.";
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            Problems.write(response, json, ProblemType.UNAUTHORIZED, detail, request.getRequestURI());
        }
    }

    /** Authenticates a request whose X-API-Key equals the configured key (compared in constant time). */
    private static final class ApiKeyFilter extends OncePerRequestFilter {
        private final WriteAccessProperties properties;

        ApiKeyFilter(WriteAccessProperties properties) {
            this.properties = properties;
        }

        /** An asynchronous write comes back through the chain to send its answer; it is authorised again. */
        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String presented = request.getHeader(API_KEY_HEADER);
            String key = properties.apiKey();
            if (presented != null && properties.writesEnabled() && key != null && MessageDigest.isEqual(
                    presented.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated("api-key", null, List.of(new SimpleGrantedAuthority(WRITER))));
            }
            chain.doFilter(request, response);
        }
    }
}
