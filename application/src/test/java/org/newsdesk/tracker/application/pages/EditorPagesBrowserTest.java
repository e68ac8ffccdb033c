package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

	private void submit(String form) {
		follow(browser.findElement(By.cssSelector("form." + form + " button[type=submit]")));
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
		browser.findElement(By.cssSelector("form.development button[type=submit]")).click();
		assertThat(browser.findElement(By.id("sourceIds-error")).getText())
			.isEqualTo("at least one source is required");
		assertThat(browser.findElement(By.id("sourceIds")).getAttribute("aria-invalid")).isEqualTo("true");
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
			// The board and the timeline are separate projections: wait for both.
			return driver.findElement(By.cssSelector("tr[data-claim='" + claim + "'] .chip"))
				.getText()
				.equals("Contested") && driver.findElements(By.cssSelector("ol.timeline li")).size() >= 2;
		});
		assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("tr[data-claim='" + claim + "']")).getText()).contains(partyName);
		screenshot("investigation-editor");

		browser.get(url("/claims/" + claim));
		new Select(browser.findElement(By.id("kind"))).selectByValue("statements");
		browser.findElement(By.id("occurredOn")).sendKeys("2021-07-22");
		browser.findElement(By.id("summary")).sendKeys("The company says it will stop commenting");
		Object sent = ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var form = document.querySelector('form.development');
				var send = function () {
				  return fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)),
				    credentials: 'same-origin', redirect: 'manual' });
				};
				send().then(send).then(function (response) { done(response.type); });
				""");
		assertThat(sent).isEqualTo("opaqueredirect");
		assertThat(this.api.get(Users.READER, "/api/v1/claims/" + claim).body().get("version").asLong())
			.as("the same form sent twice records one statement")
			.isEqualTo(4);
	}

	@Test
	void anEditorAssessesCorrectsRetractsAndStrikesThroughTheForms() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Corrections");
		String sourceTitle = "Forensic report " + Story.id().substring(0, 6);
		String source = story.source(sourceTitle);
		String claim = story.claim(investigation, "Three journalists' phones were infected");
		Eventually.until(() -> this.api.get(Users.READER, "/api/v1/sources").body().toString(),
				(body) -> body.contains(source), "source projected");

		signIn(Users.EDITOR);
		browser.get(url("/claims/" + claim));
		assertThat(browser.findElement(By.cssSelector("[data-kinds=evidence]")).isDisplayed()).isFalse();
		new Select(browser.findElement(By.id("kind"))).selectByValue("evidence");
		assertThat(browser.findElement(By.cssSelector("[data-kinds=evidence]")).isDisplayed()).isTrue();
		record("evidence", "2021-07-29", null, sourceTitle, "The analysis finds traces of the spyware", () -> {
			new Select(browser.findElement(By.id("bearing"))).selectByValue("SUPPORTS");
			new Select(browser.findElement(By.id("strength"))).selectByValue("CONCLUSIVE");
		});
		assertThat(chip()).isEqualTo("Confirmed");
		String evidence = browser.findElement(By.cssSelector("ol.timeline li")).getAttribute("data-development");

		browser.findElement(By.cssSelector("details.more:nth-of-type(1) summary")).click();
		submit("assessment");
		assertThat(browser.findElement(By.id("assessment-verdict-error")).getText()).isNotBlank();
		new Select(browser.findElement(By.id("assessment-verdict"))).selectByValue("TRUE");
		browser.findElement(By.id("assessment-rationale")).sendKeys("Two laboratories agree");
		submit("assessment");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Assessment: True",
				"Two laboratories agree");

		browser.findElement(By.cssSelector("details.more:nth-of-type(2) summary")).click();
		new Select(browser.findElement(By.id("correction-target"))).selectByValue(evidence);
		browser.findElement(By.id("correction-reason")).sendKeys("The report came out a day later");
		submit("correction");
		assertThat(browser.findElement(By.id("correction-fields-error")).getText()).contains("at least one");
		browser.findElement(By.id("correction-occurredOn")).sendKeys("2021-07-30");
		submit("correction");
		assertThat(browser.findElement(By.cssSelector("li[data-development='" + evidence + "']")).getText())
			.contains("July 30, 2021", "corrected: The report came out a day later");

		browser.findElement(By.cssSelector("details.more:nth-of-type(3) summary")).click();
		new Select(browser.findElement(By.id("strike-target"))).selectByValue(evidence);
		browser.findElement(By.id("strike-reason")).sendKeys("Logged on the wrong claim");
		submit("strike");
		assertThat(chip()).isEqualTo("Open");
		assertThat(presentNow(browser, By.cssSelector("li[data-development='" + evidence + "']"))).isEmpty();

		record("allegations", "2021-07-18", null, sourceTitle, "The consortium says the phones were infected", null);
		String allegation = browser.findElement(By.cssSelector("ol.timeline li")).getAttribute("data-development");
		new Select(browser.findElement(By.id("kind"))).selectByValue("retractions");
		new Select(browser.findElement(By.id("retractedDevelopmentId"))).selectByValue(allegation);
		browser.findElement(By.id("occurredOn")).sendKeys("2021-08-02");
		browser.findElement(By.id("summary")).sendKeys("The consortium withdraws its report");
		submit("development");
		assertThat(chip()).isEqualTo("Withdrawn");
		assertThat(browser.findElements(By.cssSelector("ol.path li"))).extracting(WebElement::getText)
			.containsExactly("Open", "Confirmed", "Open", "Alleged", "Withdrawn");
		screenshot("claim-corrections");
		var claimRead = this.api.get(Users.AUDITOR, "/api/v1/claims/" + claim + "/history").body();
		assertThat(claimRead.findValuesAsText("type")).containsExactly("ClaimRegistered", "EvidenceRecorded",
				"ClaimAssessed", "DevelopmentCorrected", "DevelopmentStruck", "AllegationRecorded",
				"RetractionRecorded");
		assertThat(claimRead.findValuesAsText("recordedBy")).allMatch((user) -> user.equals(Users.EDITOR));
	}

	private void record(String kind, String occurredOn, String party, String source, String summary) {
		record(kind, occurredOn, party, source, summary, null);
	}

	private void record(String kind, String occurredOn, String party, String source, String summary, Runnable more) {
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
		if (more != null) {
			more.run();
		}
		submit("development");
	}

	private String chip() {
		return browser.findElement(By.cssSelector("main .chip")).getText();
	}

}
