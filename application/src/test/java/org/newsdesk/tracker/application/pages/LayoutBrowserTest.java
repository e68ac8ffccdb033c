package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.tracker.application.support.Story.created;
import static org.newsdesk.tracker.application.support.Story.development;
import static org.newsdesk.tracker.application.support.Story.id;
import static org.newsdesk.tracker.application.support.Story.json;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page on a 360 px phone without sideways scrolling, and the sign-in and the skip
 * link by keyboard alone.
 */
class LayoutBrowserTest extends BrowserTest {

	@AfterEach
	void desktopAgain() {
		((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void everyPageFitsA360PixelScreen() {
		Story story = new Story(this.api);
		String investigation = story.investigation("On a phone");
		String vendor = story.party("Vendor " + id().substring(0, 6), "COMPANY");
		String client = story.party("A government client with a rather long name", "GOVERNMENT");
		String source = story.source("A report whose title is long enough to wrap on a small screen");
		String claim = story.claim(investigation,
				"A statement long enough to need several lines on a narrow telephone screen to be read");
		created(this.api.post(Users.EDITOR, "/api/v1/claims/" + claim + "/allegations",
				development(id(), "2021-07-18", List.of(vendor), List.of(source), "An allegation")));
		created(this.api.post(Users.EDITOR, "/api/v1/vendors/" + vendor + "/clients/" + client + "/suspensions",
				json("investigationId", investigation, "occurredOn", "2021-07-29", "summary", "Suspended")));
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");

		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
		Map<String, String> pages = Map.of("investigations", "/", "investigation", "/investigations/" + investigation,
				"claim", "/claims/" + claim, "party", "/parties/" + vendor, "clients",
				"/vendors/" + vendor + "/clients", "party-form", "/parties/new", "source-form", "/sources/new");
		signIn(Users.EDITOR);
		pages.forEach((name, path) -> fits(name, path));
		signIn(Users.AUDITOR);
		fits("audit", "/audit");
		fits("claim-auditor", "/claims/" + claim + "?asOf=2021-07-20");
		signIn(Users.ADMIN);
		fits("projections", "/admin/projections");
	}

	private void fits(String name, String path) {
		browser.get(url(path));
		assertThat(browser.findElement(By.tagName("main")).isDisplayed()).isTrue();
		long scrollWidth = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;");
		long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
		screenshot("mobile-" + name);
		assertThat(viewport).as("viewport of %s", path).isEqualTo(360);
		assertThat(scrollWidth).as("width of %s at 360 px", path).isLessThanOrEqualTo(viewport);
	}

	@Test
	void aKeyboardAloneSignsInAndSkipsToTheContent() {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		new Actions(browser).sendKeys(Users.READER)
			.sendKeys(Keys.TAB)
			.sendKeys(Users.READER)
			.sendKeys(Keys.ENTER)
			.perform();
		// the sign-in page's heading goes stale as the list replaces it; textToBe reads
		// it again
		new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("signed in by keyboard")
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Investigations"));
		new Actions(browser).sendKeys(Keys.TAB).perform();
		var focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.isDisplayed()).isTrue();
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
		screenshot("keyboard");
	}

}
