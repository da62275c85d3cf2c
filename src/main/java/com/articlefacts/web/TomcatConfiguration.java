package com.articlefacts.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

/**
 * How Tomcat serves the read API; bench/run.sh measures it and the README says what each setting bought.
 * <ul>
 * <li>NIO2 serves every connection at about the same rate; with NIO, a few connections were served far ahead of
 * the rest on a small machine under load, which showed as a long p99.</li>
 * <li>As many request threads as cores, unless {@code server.tomcat.threads.max} says otherwise: cached reads are
 * pure CPU work, and extraction runs off these threads (writes are asynchronous).</li>
 * <li>A 32 KiB socket write buffer sends a body of that size in one write instead of 8 KiB pieces.</li>
 * <li>{@link CachedReadAdapter} answers cached reads before the servlet container.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    private static final String SOCKET_WRITE_BUFFER_BYTES = "32768";
    private static final String MAX_THREADS_PROPERTY = "server.tomcat.threads.max";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedReadsOnTomcat(ResponseCache cache,
            WebProperties properties) {
        return factory -> {
            factory.setProtocol(Http11Nio2Protocol.class.getName());
            factory.addConnectorCustomizers(connector -> connector.addLifecycleListener(event -> {
                // The connector makes its own adapter when it initialises; the cached reads go in front of it.
                if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                    ProtocolHandler handler = connector.getProtocolHandler();
                    handler.setAdapter(new CachedReadAdapter(handler.getAdapter(), cache, properties.gzipMinBytes()));
                }
            }));
        };
    }

    /**
     * Tomcat's error reports become problems: Boot's HTML-less valve is replaced once all customizers have run,
     * when the context starts.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(json));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        }));
    }

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", SOCKET_WRITE_BUFFER_BYTES);
    }

    @Bean
    ThreadsPerCore threadsPerCore(Environment environment) {
        return new ThreadsPerCore(environment.containsProperty(MAX_THREADS_PROPERTY));
    }

    /** Ordered after Boot's own customizer, whose default of 200 threads it replaces. */
    static final class ThreadsPerCore implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final boolean configured;

        ThreadsPerCore(boolean configured) {
            this.configured = configured;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (configured) {
                return;
            }
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMaxThreads(threads);
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
