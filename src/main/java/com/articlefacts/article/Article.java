package com.articlefacts.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A stored article: the text exactly as decoded from its source, what its layout says, and its paragraphs. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private @Nullable String standfirst;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "reading_time_minutes")
    private @Nullable Integer readingTimeMinutes;

    @Column(name = "image_caption")
    private @Nullable String imageCaption;

    @Column(name = "image_credit")
    private @Nullable String imageCredit;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "extractor_version")
    private @Nullable String extractorVersion;

    @ElementCollection
    @CollectionTable(name = "paragraph", joinColumns = @JoinColumn(name = "article_id"))
    @OrderBy("number")
    private List<Paragraph> paragraphs = new ArrayList<>();

    protected Article() {
        this.slug = "";
        this.title = "";
        this.sourceName = "";
        this.sha256 = "";
        this.text = "";
        this.ingestedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Article(String slug, String sourceName, String sha256, ParsedArticle parsed, Instant ingestedAt) {
        this.slug = slug;
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.title = "";
        this.text = "";
        this.ingestedAt = ingestedAt;
        this.createdAt = stored(ingestedAt);
        replaceContent(sha256, parsed, ingestedAt);
    }

    /** An article not stored yet, holding the slug and source name its content will be stored under. */
    public static Article draft(String slug, String sourceName) {
        Article draft = new Article();
        draft.slug = slug;
        draft.sourceName = sourceName;
        return draft;
    }

    /** Replaces everything read from the source with a new version of it; the id and slug stay. */
    public void replaceContent(String newSha256, ParsedArticle parsed, Instant at) {
        this.sha256 = newSha256;
        this.text = parsed.text();
        this.title = parsed.titleText();
        this.standfirst = parsed.standfirstText();
        this.publishedOn = parsed.publishedOn();
        this.readingTimeMinutes = parsed.readingTimeMinutes();
        this.imageCaption = parsed.imageCaptionText();
        this.imageCredit = parsed.imageCreditText();
        this.ingestedAt = at;
        this.updatedAt = stored(at);
        this.paragraphs.clear();
        List<TextRange> ranges = parsed.paragraphs();
        for (int i = 0; i < ranges.size(); i++) {
            this.paragraphs.add(new Paragraph(i + 1, ranges.get(i)));
        }
    }

    public @Nullable Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public @Nullable String standfirst() {
        return standfirst;
    }

    public @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    public @Nullable Integer readingTimeMinutes() {
        return readingTimeMinutes;
    }

    public @Nullable String imageCaption() {
        return imageCaption;
    }

    public @Nullable String imageCredit() {
        return imageCredit;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sha256() {
        return sha256;
    }

    public String text() {
        return text;
    }

    public Instant ingestedAt() {
        return ingestedAt;
    }

    /** The version of the extractor whose facts are stored for this article, or null before any extraction. */
    public @Nullable String extractorVersion() {
        return extractorVersion;
    }

    public void markExtracted(String version) {
        this.extractorVersion = version;
    }

    /** Marks facts extracted again by another extractor: the article changed for whoever reads its facts. */
    public void markExtracted(String version, Instant at) {
        this.extractorVersion = version;
        this.updatedAt = stored(at);
    }

    /** To the millisecond, as every database stores it, so that what a write renders is what a read finds. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** When it was first stored. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When its content or its facts last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Paragraph> paragraphs() {
        return List.copyOf(paragraphs);
    }
}
