package com.articlefacts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.articlefacts.eval.EvalCommand;

/** News articles and the facts in them, served as a documented JSON API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleFactsApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("eval")) {
            // Evaluation needs neither the web server nor the database: it runs the extractor alone.
            System.exit(EvalCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args, ArticleFactsApplication.class));
        }
        SpringApplication.run(ArticleFactsApplication.class, args);
    }
}
