package com.articlefacts.fact;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.Coordinates;

import com.articlefacts.extraction.EntityType;

/** An entity as stored: one row per key, shared by every article that mentions it. */
@Entity
@Table(name = "named_entity")
public class NamedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "entity_key", nullable = false, unique = true)
    private String key;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false)
    private EntityType type;

    private @Nullable String wikipedia;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Column(name = "part_of")
    private @Nullable String partOf;

    @Column(nullable = false)
    private boolean linked;

    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    private List<EntityAlias> aliases = new ArrayList<>();

    protected NamedEntity() {
        this.key = "";
        this.label = "";
        this.name = "";
        this.type = EntityType.ORGANIZATION;
    }

    NamedEntity(com.articlefacts.extraction.Entity entity, List<String> aliases) {
        this.key = entity.key();
        this.label = entity.label();
        this.name = entity.name();
        this.type = entity.type();
        this.wikipedia = entity.wikipedia();
        this.linked = entity.linked();
        this.partOf = entity.partOf();
        place(entity.coordinates());
        aliases.forEach(this::addAlias);
    }

    /** Takes the knowledge base's current description, and remembers a new name it was found under. */
    void update(com.articlefacts.extraction.Entity entity, List<String> names) {
        if (entity.linked()) {
            this.label = entity.label();
            this.name = entity.name();
            this.type = entity.type();
            this.wikipedia = entity.wikipedia();
            this.linked = true;
            place(entity.coordinates());
        }
        if (partOf == null) {
            this.partOf = entity.partOf();
        }
        names.forEach(this::addAlias);
    }

    private void place(@Nullable Coordinates coordinates) {
        this.latitude = coordinates == null ? null : coordinates.latitude();
        this.longitude = coordinates == null ? null : coordinates.longitude();
    }

    private void addAlias(String alias) {
        if (aliases.stream().noneMatch(a -> a.alias().equals(alias))) {
            aliases.add(new EntityAlias(alias));
        }
    }

    public @Nullable Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String name() {
        return name;
    }

    public EntityType type() {
        return type;
    }

    public @Nullable String wikipedia() {
        return wikipedia;
    }

    public boolean linked() {
        return linked;
    }

    /** For an institution of a state (its armed forces, police, a ministry), the key of the state. */
    public @Nullable String partOf() {
        return partOf;
    }

    /** Where the knowledge base places it, for places it knows. */
    public @Nullable Coordinates coordinates() {
        return latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
    }

    public List<String> aliases() {
        return aliases.stream().map(EntityAlias::alias).toList();
    }

    List<EntityAlias> aliasForms() {
        return List.copyOf(aliases);
    }
}
