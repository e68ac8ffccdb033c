package org.newsdesk.tracker.application.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.tracker.application.support.ApiTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test in Debian's headless Chromium, driven through Debian's chromedriver: nothing is
 * downloaded, and the browser is kept off the network. Screenshots go to
 * target/screenshots.
 */
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
public abstract class BrowserTest extends ApiTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver browser;

	@BeforeAll
	static void openBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions().setBinary(ChromiumAvailable.CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-default-apps", "--no-first-run", "--window-size=1280,900",
					"--user-data-dir=" + Files.createTempDirectory("chromium-"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(ChromiumAvailable.CHROMEDRIVER))
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	protected void signIn(String user) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		follow(browser.findElement(By.cssSelector("form button[type=submit]")));
	}

	/**
	 * Elements now on the page, without waiting for any to appear: for asserting that
	 * something is absent.
	 */
	protected static java.util.List<WebElement> presentNow(org.openqa.selenium.SearchContext where,
			org.openqa.selenium.By by) {
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return where.findElements(by);
		}
		finally {
			browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
	}

	/**
	 * Clicks something that leaves the page, and waits until the old page is gone. While
	 * the page is being replaced, Chromium may answer that the element belongs to no
	 * document rather than that it is stale: both mean it has gone.
	 */
	protected static void follow(WebElement element) {
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	protected void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
