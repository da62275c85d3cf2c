package com.articlefacts.ingest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.KnowledgeBase;

/** The process's extractor: its data files load now (milliseconds), CoreNLP when an article first needs it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractorConfiguration {

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load();
    }

    @Bean
    FactLexicon factLexicon() {
        return FactLexicon.load();
    }

    @Bean
    Extractor extractor(KnowledgeBase knowledgeBase, FactLexicon factLexicon, ExtractionProperties properties) {
        return Extractor.standard(knowledgeBase, factLexicon, properties.maxChars());
    }

    @Bean
    ExtractionGate extractionGate(ExtractionProperties properties) {
        return new ExtractionGate(properties);
    }
}
