package com.articlefacts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** News articles and the facts in them, served as a documented JSON API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleFactsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArticleFactsApplication.class, args);
    }
}
