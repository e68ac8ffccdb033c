package org.newsdesk.tracker.application.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.newsdesk.tracker.application.support.Eventually;
import org.newsdesk.tracker.application.support.Story;
import org.newsdesk.tracker.application.support.TestDatabase;
import org.newsdesk.tracker.application.support.Users;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin rebuilds a projection from its page and watches the progress bar, kept moving
 * by the page's script, reach the end.
 */
class AdminPagesBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

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

	/**
	 * A rebuild that a failure holds up part-way: the pages it feeds say so, and that
	 * waiting will not help, rather than show its half-built tables; once the failure is
	 * gone the rebuild finishes and the page shows again.
	 */
	@Test
	void aPageHeldByAFailedRebuildSaysSoUntilTheRebuildFinishes() {
		Story story = new Story(this.api);
		String investigation = story.investigation("Held up");
		String title = "Held back " + java.util.UUID.randomUUID().toString().substring(0, 8);
		story.source(title);
		String claim = story.claim(investigation, "A claim on a page the registers feed");
		Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections").body(),
				(body) -> body.findValuesAsText("lagEvents").stream().allMatch("0"::equals), "caught up");
		// The rows already there stay; the rebuild writing this one again meets the
		// check.
		this.jdbc.execute("alter table rm_source add constraint held_up check (title <> '" + title + "') "
				+ (TestDatabase.isPostgres() ? "not valid" : "nocheck"));
		try {
			assertThat(this.api.post(Users.ADMIN, "/api/v1/admin/projections/registers/rebuild", null).status())
				.isEqualTo(202);
			Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections/registers").body(),
					(registers) -> "ERROR".equals(registers.path("state").asText()), "the registers' rebuild in ERROR");

			signIn(Users.READER);
			browser.get(url("/claims/" + claim + "?lang=en"));
			assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Being rebuilt");
			assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText())
				.startsWith("This page is being rebuilt, but a failure has held the rebuild up at")
				.contains("ask an administrator");
			screenshot("rebuild-held-up");
		}
		finally {
			// The context is shared: the rebuild is seen through before anything else.
			this.jdbc.execute("alter table rm_source drop constraint held_up");
			Eventually.until(() -> this.api.get(Users.ADMIN, "/api/v1/admin/projections/registers").body(),
					(registers) -> "RUNNING".equals(registers.path("state").asText())
							&& !registers.path("rebuildCompletedAt").isNull(),
					"the registers' rebuild done");
		}
		browser.get(url("/claims/" + claim + "?lang=en"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("A claim on a page the registers feed");
	}

}
