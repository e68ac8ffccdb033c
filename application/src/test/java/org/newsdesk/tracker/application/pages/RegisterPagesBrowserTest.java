package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;

/** A party's dossier and a vendor's client register, reached from the board. */
class RegisterPagesBrowserTest extends BrowserTest {

	@Test
	void theDossierAndTheClientRegisterTellWhatAPartyDid() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Registers");
		String vendor = story.party("Vendor " + id().substring(0, 6), "COMPANY");
		String clients = story.party("Unnamed clients", "GROUP");
		String source = story.source("Interview");
		String claim = story.claim(investigation, "The vendor cut off clients");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
				development(id(), "2021-07-21", List.of(vendor), List.of(source), "The vendor denies misuse")));
		created(this.api.post(Users.EDITOR, "/api/v1/vendors/" + vendor + "/clients/" + clients + "/suspensions",
				json("investigationId", investigation, "occurredOn", "2021-07-29", "summary", "Clients suspended")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");

		signIn(Users.READER);
		browser.get(url("/investigations/" + investigation));
		assertThat(browser.findElement(By.cssSelector(".timeline-drawing svg")).getText())
			.as("the client relationship has a lane named by its parties")
			.contains("→ Unnamed clients");
		follow(browser
			.findElement(By.cssSelector("tr[data-claim='" + claim + "'] a[href$='/parties/" + vendor + "']")));
		assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("Denial",
				"The vendor denies misuse");
		screenshot("party");
		follow(browser.findElement(By.cssSelector("a[href$='/vendors/" + vendor + "/clients']")));
		var client = browser.findElement(By.cssSelector("section[data-client='" + clients + "']"));
		assertThat(client.findElement(By.cssSelector(".chip")).getText()).isEqualTo("Suspended");
		assertThat(client.getText()).contains("since July 29, 2021", "Client suspended", "Clients suspended");
		screenshot("clients");
	}

}
