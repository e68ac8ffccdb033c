package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor registers a party and a source, then records an allegation and a denial
 * through the forms.
 */
class EditorPagesBrowserTest extends BrowserTest {

	private void submit() {
		follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
	}

	@Test
	void anEditorRecordsAnAllegationThenADenialAndTheClaimTurnsContested() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Editor's story");
		String claim = story.claim(investigation, "The list is a list of targets");
		String partyName = "NSO Group " + Story.id().substring(0, 6);
		String sourceTitle = "Leaked list " + Story.id().substring(0, 6);

		signIn(Users.EDITOR);
		browser.get(url("/parties/new"));
		browser.findElement(By.id("name")).sendKeys(partyName);
		new Select(browser.findElement(By.id("kind"))).selectByValue("COMPANY");
		browser.findElement(By.id("country")).sendKeys("IL");
		submit();
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Party registered.");
		screenshot("party-form");
		browser.get(url("/sources/new"));
		browser.findElement(By.id("title")).sendKeys(sourceTitle);
		submit();
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Source registered.");

		browser.get(url("/claims/" + claim));
		new Select(browser.findElement(By.id("kind"))).selectByValue("allegations");
		browser.findElement(By.id("occurredOn")).sendKeys("2021-07-18");
		browser.findElement(By.id("summary")).sendKeys("The consortium says the list holds targets");
		submit();
		assertThat(browser.findElement(By.id("sourceIds-error")).getText())
			.isEqualTo("at least one source is required");
		assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
			.isEqualTo("The consortium says the list holds targets");
		screenshot("claim-form-error");
		assertThat(this.api.get(Users.READER, "/api/v1/claims/" + claim).body().get("version").asLong()).isEqualTo(1);

		record("allegations", "2021-07-18", null, sourceTitle, "The consortium says the list holds targets");
		assertThat(chip()).isEqualTo("Alleged");
		record("denials", "2021-07-21", partyName, sourceTitle, "The company says the list is not one of targets");
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Development recorded.");
		assertThat(chip()).isEqualTo("Contested");
		screenshot("claim-editor");

		new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200)).until((driver) -> {
			driver.get(url("/investigations/" + investigation));
			return driver.findElement(By.cssSelector("tr[data-claim='" + claim + "'] .chip"))
				.getText()
				.equals("Contested");
		});
		assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("tr[data-claim='" + claim + "']")).getText()).contains(partyName);
		screenshot("investigation-editor");
	}

	private void record(String kind, String occurredOn, String party, String source, String summary) {
		new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
		WebElement date = browser.findElement(By.id("occurredOn"));
		date.clear();
		date.sendKeys(occurredOn);
		if (party != null) {
			new Select(browser.findElement(By.id("partyIds"))).selectByVisibleText(party);
		}
		new Select(browser.findElement(By.id("sourceIds"))).selectByVisibleText(source);
		WebElement text = browser.findElement(By.id("summary"));
		text.clear();
		text.sendKeys(summary);
		submit();
	}

	private String chip() {
		return browser.findElement(By.cssSelector("main .chip")).getText();
	}

}
