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
import org.openqa.selenium.WebElement;

/**
 * A reader signs in and reads an investigation's board and timeline in a real browser.
 */
class ReaderPagesBrowserTest extends BrowserTest {

	@Test
	void aReaderSeesTheBoardAndTimelineAndUserTextStaysText() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Projet Pegasus");
		String nso = story.party("NSO Group", "COMPANY");
		String source = story.source("Leaked list");
		String claim = story.claim(investigation, "Pegasus targeted French journalists");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations", development(id(), "2021-07-18",
				List.of(), List.of(source), "<script>document.title='pwned'</script><b>bold</b>")));
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/denials",
				development(id(), "2021-07", List.of(nso), List.of(source), "The company denies it")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");

		signIn(Users.READER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Investigations");
		screenshot("investigations");
		// Other tests on this context create investigations of the same title: follow
		// this one by its id.
		follow(browser.findElement(By.cssSelector("a[href$='/investigations/" + investigation + "']")));
		WebElement row = browser.findElement(By.cssSelector("tr[data-claim='" + claim + "']"));
		WebElement chip = row.findElement(By.cssSelector(".chip"));
		assertThat(chip.getText()).isEqualTo("Contested");
		assertThat(chip.getAttribute("class")).contains("status-contested");
		assertThat(row.getText()).contains("NSO Group");
		assertThat(browser.findElements(By.cssSelector(".timeline-drawing svg rect.mark"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
			.contains("<script>document.title='pwned'</script><b>bold</b>", "July 18, 2021", "July 2021");
		assertThat(presentNow(browser.findElement(By.cssSelector("ol.timeline")), By.tagName("b"))).isEmpty();
		assertThat(browser.getTitle()).doesNotContain("pwned");
		assertThat(presentNow(browser.findElement(By.tagName("main")), By.tagName("form"))).isEmpty();
		screenshot("investigation");
		browser.get(url("/parties/new"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this page.");
		assertThat(presentNow(browser, By.id("name"))).isEmpty();
		browser.get(url("/investigations/" + investigation));

		follow(browser.findElement(By.cssSelector("a[href$='/claims/" + claim + "']")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pegasus targeted French journalists");
		assertThat(browser.findElements(By.cssSelector("ol.path li"))).extracting(WebElement::getText)
			.containsExactly("Open", "Alleged", "Contested");
		assertThat(presentNow(browser.findElement(By.tagName("main")), By.tagName("form"))).as("no forms for readers")
			.isEmpty();
		screenshot("claim");

		browser.get(url("/investigations/" + investigation + "?lang=fr"));
		assertThat(browser.findElement(By.id("board-title")).getText()).isEqualTo("Affirmations");
		assertThat(browser.findElement(By.cssSelector("tr[data-claim='" + claim + "'] .chip")).getText())
			.isEqualTo("Contestée");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("18 juillet 2021",
				"juillet 2021", "Démenti");
		screenshot("investigation-fr");
	}

	@Test
	void pagesNeedASignInAndCarrySecurityHeaders() {
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		signIn("reader-with-a-wrong-password-" + id().substring(0, 4));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Wrong name or password.");
		screenshot("login-error");
		var response = this.api.send(this.api.request(null, "/login").GET().build());
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.raw()).contains("name=\"_csrf\"");
	}

}
