package com.articlefacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.articlefacts.ingest.ArticleImport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import PATH... [--property=value...]}: the application without its web server, on the configured
 * database, importing the paths; its workers, and those of any instance on the same database, extract them.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports article files, directories of them or JSON Lines archives into the configured database;"
                + " the service's workers extract them.",
        footer = "Spring properties may follow, such as --spring.datasource.url=jdbc:postgresql://host/db")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or .jsonl archives")
    private List<Path> paths = new ArrayList<>();

    @CommandLine.Unmatched
    private List<String> springProperties = new ArrayList<>();

    private final Class<?> application;

    private ImportCommand(Class<?> application) {
        this.application = application;
    }

    /**
     * @param args the command line, starting with "import"
     * @param application the Spring Boot application to start without its web server
     */
    static int run(String[] args, Class<?> application) {
        return new CommandLine(new ImportCommand(application)).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() throws InterruptedException {
        for (String property : springProperties) {
            if (!property.startsWith("--")) {
                throw new CommandLine.ParameterException(new CommandLine(this), "not a --property=value: " + property);
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("article-facts.ingest.load-seeds=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(springProperties.toArray(String[]::new))) {
            return context.getBean(ArticleImport.class).run(paths, System.out, System.console() != null);
        }
    }
}
