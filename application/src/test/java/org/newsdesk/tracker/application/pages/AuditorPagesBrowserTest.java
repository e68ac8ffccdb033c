package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;

/**
 * An auditor looks at the board as it stood on an earlier day, with a banner saying so.
 */
class AuditorPagesBrowserTest extends BrowserTest {

	@Test
	void theDateControlsShowTheEarlierStatusUnderABanner() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Looked back");
		String source = story.source("Leaked list");
		String claim = story.claim(investigation, "The list is a list of targets");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(id(), "2021-07-18", List.of(), List.of(source), "Alleged")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
				development(id(), "2021-07-21", List.of(), List.of(source), "Denied")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");

		signIn(Users.AUDITOR);
		browser.get(url("/investigations/" + investigation));
		String chip = "tr[data-claim='" + claim + "'] .chip";
		assertThat(browser.findElement(By.cssSelector(chip)).getText()).isEqualTo("Contested");
		assertThat(presentNow(browser, By.cssSelector(".banner"))).isEmpty();
		browser.findElement(By.id("asOf")).sendKeys("2021-07-19");
		follow(browser.findElement(By.cssSelector("form.cut button")));
		assertThat(browser.findElement(By.cssSelector(chip)).getText()).isEqualTo("Alleged");
		assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("You are looking at the past.",
				"July 19, 2021");
		assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(1);
		screenshot("investigation-as-of");
		follow(browser.findElement(By.linkText("Back to now")));
		assertThat(browser.findElement(By.cssSelector(chip)).getText()).isEqualTo("Contested");

		browser.get(url("/claims/" + claim));
		assertThat(browser.findElements(By.cssSelector("table.record tbody tr"))).hasSize(3);
		assertThat(browser.findElement(By.cssSelector("table.record")).getText()).contains("editor", "Contested");
		browser.findElement(By.id("asOf")).sendKeys("2021-07-19");
		follow(browser.findElement(By.cssSelector("form.cut button")));
		assertThat(browser.findElement(By.cssSelector("main .chip")).getText()).isEqualTo("Alleged");
		assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("July 19, 2021");
		assertThat(presentNow(browser, By.cssSelector("form.development"))).isEmpty();
		screenshot("claim-as-of");
		String registeredAt = this.api.get(Users.AUDITOR, "/api/v1/claims/" + claim + "/history")
			.body()
			.get(0)
			.get("recordedAt")
			.asText();
		browser.get(url("/claims/" + claim + "?knownAt=" + registeredAt));
		assertThat(browser.findElement(By.cssSelector("main .chip")).getText()).isEqualTo("Open");
		assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("As the tracker showed it at");
		browser.get(url("/claims/" + claim + "?asOf=2021-13"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("The request is not valid", "asOf");
	}

	@Test
	void theAuditLogFiltersByUserAndInvestigationAndPages() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Audited");
		String source = story.source("Filed report");
		String claim = story.claim(investigation, "Audited claim");
		for (int i = 0; i < 3; i++) {
			created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/statements",
					development(id(), "2021-07-2" + i, List.of(), List.of(source), "Statement " + i)));
		}
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");

		signIn(Users.AUDITOR);
		follow(browser.findElement(By.linkText("Audit log")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("investigationId")))
			.selectByValue(investigation);
		browser.findElement(By.id("user")).sendKeys(Users.EDITOR);
		follow(browser.findElement(By.cssSelector("form.cut button")));
		var rows = browser.findElements(By.cssSelector("table.audit tbody tr"));
		assertThat(rows).hasSize(5);
		assertThat(rows).allSatisfy((row) -> assertThat(row.getText()).contains(Users.EDITOR));
		assertThat(rows.get(0).getText()).contains("Investigation opened");
		assertThat(rows.get(1).getText()).contains("Claim registered");
		screenshot("audit");
		follow(rows.get(2).findElement(By.cssSelector("a[href*='/claims/" + claim + "']")));
		assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("As the tracker showed it at");
		assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(1);

		browser.get(url("/audit?user=nobody-" + id().substring(0, 6)));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("No event matches");
		browser.get(url("/audit?from=yesterday"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("from: must be a date and time");

		signIn(Users.READER);
		browser.get(url("/audit"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this page.");

		signIn(Users.READER);
		browser.get(url("/investigations/" + investigation));
		assertThat(presentNow(browser, By.cssSelector("form.cut"))).isEmpty();
		browser.get(url("/investigations/" + investigation + "?asOf=2021-07-19"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this page.");
	}

}
