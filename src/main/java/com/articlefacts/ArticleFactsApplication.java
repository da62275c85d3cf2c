package com.articlefacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlefacts.eval.EvalCommand;
import com.articlefacts.ingest.ArticleImport;

/** News articles and the facts in them, served as a documented JSON API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleFactsApplication {

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("eval")) {
            // Evaluation needs neither the web server nor the database: it runs the extractor alone.
            System.exit(EvalCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importArticles(args));
        }
        SpringApplication.run(ArticleFactsApplication.class, args);
    }

    /**
     * {@code import PATH... [--property=value...]}: the application without its web server, on the configured
     * database, importing the paths; its workers, and those of any instance on the same database, extract them.
     */
    private static int importArticles(String[] args) throws InterruptedException {
        List<Path> paths = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.add(args[i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: java -jar article-facts.jar import PATH... [--spring.datasource.url=...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ArticleFactsApplication.class)
                .web(WebApplicationType.NONE)
                .properties("article-facts.ingest.load-seeds=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(options.toArray(String[]::new))) {
            return context.getBean(ArticleImport.class).run(paths, System.out, System.console() != null);
        }
    }
}
