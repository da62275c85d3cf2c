// Headless Chromium from Debian's packages (chromium, chromium-driver), driven through Selenium: no browser is
// downloaded. CHROMIUM and CHROMEDRIVER override the paths.
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";

export async function startBrowser({ width = 1400, height = 1000 } = {}) {
  const options = new chrome.Options()
    .setChromeBinaryPath(process.env.CHROMIUM ?? "/usr/bin/chromium")
    .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
      `--window-size=${width},${height}`);
  return new Builder()
    .forBrowser("chrome")
    .setChromeOptions(options)
    .setChromeService(new chrome.ServiceBuilder(process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver"))
    .build();
}

/** Runs an async script in the page (its arguments in `args`) and returns what it resolves to. */
export function inPage(driver, script, ...args) {
  return driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     (async (...args) => { ${script} })(...Array.prototype.slice.call(arguments, 0, -1))
       .then(done, (e) => done({ thrown: String(e) }));`,
    ...args,
  );
}
