package com.articlefacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    @Test
    void modulesOnlyUseTheModulesTheyDeclare() {
        ApplicationModules.of(ArticleFactsApplication.class).verify();
    }

    @Test
    void extractionKnowsNothingOfPersistenceOrTheWeb() {
        JavaClasses classes = mainClassesOf("com.articlefacts.extraction");

        noClasses().that().resideInAPackage("com.articlefacts.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.web..",
                        "org.springframework.http..")
                .check(classes);
    }

    @Test
    void theReadModelKnowsNoFeatureOfTheWebLayer() {
        JavaClasses classes = mainClassesOf("com.articlefacts.web");

        noClasses().that().resideInAPackage("com.articlefacts.web.read..")
                .should().dependOnClassesThat().resideInAnyPackage("com.articlefacts.web.article..",
                        "com.articlefacts.web.entity..", "com.articlefacts.web.fact..")
                .because("each feature renders its own resources for the read model (ResourceViews)")
                .check(classes);
    }

    @Test
    void theWebLayersPlumbingKnowsNoFeatureAndNoReadModel() {
        JavaClasses classes = mainClassesOf("com.articlefacts.web");

        noClasses().that().resideInAPackage("com.articlefacts.web.http..")
                .should().dependOnClassesThat().resideInAnyPackage("com.articlefacts.web.article..",
                        "com.articlefacts.web.entity..", "com.articlefacts.web.fact..", "com.articlefacts.web.read..")
                .because("features throw ProblemException and describe their own parameters; the plumbing serves all")
                .check(classes);
    }

    private static JavaClasses mainClassesOf(String packageName) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName);
    }
}
