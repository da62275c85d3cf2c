package com.articlefacts;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseTheModulesTheyDeclare() {
        ApplicationModules.of(ArticleFactsApplication.class).verify();
    }
}
