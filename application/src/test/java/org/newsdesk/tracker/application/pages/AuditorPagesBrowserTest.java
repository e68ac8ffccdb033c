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
				"2021-07-19");
		assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(1);
		screenshot("investigation-as-of");
		follow(browser.findElement(By.linkText("Back to now")));
		assertThat(browser.findElement(By.cssSelector(chip)).getText()).isEqualTo("Contested");

		signIn(Users.READER);
		browser.get(url("/investigations/" + investigation));
		assertThat(presentNow(browser, By.cssSelector("form.cut"))).isEmpty();
		browser.get(url("/investigations/" + investigation + "?asOf=2021-07-19"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this page.");
	}

}
