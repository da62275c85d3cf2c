package com.articlefacts.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.articlefacts.extraction.Extractor;

/** The process's extractor: the knowledge base loads now (milliseconds), CoreNLP when an article first needs it. */
@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    @Bean
    Extractor extractor() {
        return Extractor.standard();
    }
}
