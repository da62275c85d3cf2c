package com.articlefacts.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedDir every regular file below it is ingested at startup; relative paths resolve against the working
 *        directory
 * @param loadSeeds false skips the seed directory (the import command loads what it is given instead)
 */
@ConfigurationProperties("article-facts.ingest")
public record IngestProperties(@DefaultValue("seeds") Path seedDir, @DefaultValue("true") boolean loadSeeds) {
}
