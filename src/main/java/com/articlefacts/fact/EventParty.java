package com.articlefacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An entity involved in an event besides its actor and target, and its role (mediator, ...). */
@Embeddable
public class EventParty {

    @Column(name = "entity_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String role;

    protected EventParty() {
        this.key = "";
        this.role = "";
    }

    EventParty(String key, String role) {
        this.key = key;
        this.role = role;
    }

    public String key() {
        return key;
    }

    public String role() {
        return role;
    }
}
