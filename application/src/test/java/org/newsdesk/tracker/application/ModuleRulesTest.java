package org.newsdesk.tracker.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of CONVENTIONS.md, stated once so nobody has to remember them. */
class ModuleRulesTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsdesk.tracker");

	@Test
	void theDomainKnowsNoSpringNoJdbcNoHttpAndNoJacksonDatabind() {
		noClasses().that()
			.resideInAPackage(
					"org.newsdesk.tracker.(common|investigation|party|source|claim|client|proceeding|integrity)..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
					"com.fasterxml.jackson.databind..", "org.newsdesk.tracker.projections..",
					"org.newsdesk.tracker.application..")
			.check(CLASSES);
	}

	@Test
	void projectionsReadEventsButNeverTouchAggregates() {
		noClasses().that()
			.resideInAPackage("org.newsdesk.tracker.projections..")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Aggregate")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(org.newsdesk.tracker.claim.Claim.class, org.newsdesk.tracker.party.Party.class,
					org.newsdesk.tracker.source.Source.class, org.newsdesk.tracker.investigation.Investigation.class,
					org.newsdesk.tracker.client.ClientRelationship.class,
					org.newsdesk.tracker.proceeding.Proceeding.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsdesk.tracker.application..", "org.axonframework.modelling..",
					"org.axonframework.eventsourcing..")
			.check(CLASSES);
	}

	@Test
	void projectionsDoNotDependOnTheWebLayer() {
		noClasses().that()
			.resideInAPackage("org.newsdesk.tracker.projections..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

}
