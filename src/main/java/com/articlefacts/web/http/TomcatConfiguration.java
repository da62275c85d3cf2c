package com.articlefacts.web.http;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

/**
 * How Tomcat serves the API; bench/run.sh measures it and the README says what each setting bought. Thread,
 * connection and timeout limits are Boot properties, in application.properties.
 * <ul>
 * <li>On Java 21 and later, requests run on virtual threads (spring.threads.virtual.enabled): a stalled client
 * parks without holding an OS thread. On 17, NIO2 with platform threads: with NIO, a few connections were served far
 * ahead of the rest on a small machine under load, which showed as a long p99.</li>
 * <li>A 32 KiB socket write buffer sends a body of that size in one write instead of 8 KiB pieces.</li>
 * <li>Tomcat's own error reports (a request it refuses before any servlet) are problems, not HTML.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    private static final String SOCKET_WRITE_BUFFER_BYTES = "32768";

    /**
     * NIO2 only on platform threads: its channel group cannot shut down on the executor Boot gives virtual threads
     * (shutdown hung), and with virtual threads NIO is as fair.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nio2OnPlatformThreads(Environment environment) {
        return factory -> {
            if (!Threading.VIRTUAL.isActive(environment)) {
                factory.setProtocol(Http11Nio2Protocol.class.getName());
            }
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
}
