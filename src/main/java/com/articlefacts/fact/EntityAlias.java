package com.articlefacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.articlefacts.extraction.NameForms;

/** A name an entity goes by, kept with the normalized and skeleton forms that search compares. */
@Embeddable
public class EntityAlias {

    @Column(nullable = false)
    private String alias;

    @Column(nullable = false)
    private String normalized;

    @Column(nullable = false)
    private String skeleton;

    protected EntityAlias() {
        this.alias = "";
        this.normalized = "";
        this.skeleton = "";
    }

    EntityAlias(String alias) {
        this.alias = alias;
        this.normalized = NameForms.normalize(alias);
        this.skeleton = NameForms.skeleton(normalized);
    }

    public String alias() {
        return alias;
    }

    String normalized() {
        return normalized;
    }
}
