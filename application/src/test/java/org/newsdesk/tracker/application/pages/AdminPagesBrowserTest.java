package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin rebuilds a projection from its page and watches the progress bar, kept moving
 * by the page's script, reach the end.
 */
class AdminPagesBrowserTest extends BrowserTest {

	@Test
	void anAdminRebuildsAProjectionAndWatchesItCatchUp() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Rebuilt");
		for (int i = 0; i < 20; i++) {
			story.claim(investigation, "Claim " + i);
		}

		signIn(Users.ADMIN);
		follow(browser.findElement(By.linkText("Projections")));
		assertThat(browser.findElements(By.cssSelector("table.projections tbody tr"))).hasSize(4);
		WebElement board = browser.findElement(By.cssSelector("tr[data-projection=board]"));
		follow(board.findElement(By.cssSelector("button")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Rebuild started.");
		screenshot("projections-rebuilding");
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(100)).until((driver) -> {
			WebElement row = driver.findElement(By.cssSelector("tr[data-projection=board]"));
			return "RUNNING".equals(row.getAttribute("data-state"))
					&& "100".equals(row.findElement(By.tagName("progress")).getAttribute("value"));
		});
		WebElement row = browser.findElement(By.cssSelector("tr[data-projection=board]"));
		String[] position = row.findElement(By.cssSelector(".position")).getText().split(" / ");
		assertThat(position[0]).isEqualTo(position[1]);
		assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("Running");
		screenshot("projections");
		browser.get(url("/investigations/" + investigation));
		assertThat(browser.findElements(By.cssSelector("table.board tbody tr"))).hasSize(20);

		signIn(Users.AUDITOR);
		browser.get(url("/admin/projections"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role does not allow this page.");
		assertThat(presentNow(browser, By.cssSelector("nav a[href$='/admin/projections']"))).isEmpty();
	}

}
