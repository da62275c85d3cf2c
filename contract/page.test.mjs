// The reading page at / in headless Chromium, as a reader would use it: every highlight sits on its mention's
// words, selecting YPG highlights its mentions, deep links survive a reload and the back button, the timeline and
// the map show the article's dated events and places, an article posted with an emoji and CRLF line ends keeps its
// highlights, and axe-core finds no serious or critical accessibility violation. Screenshots go to ../target/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { By, until } from "selenium-webdriver";
import { inPage, startBrowser } from "./browser.mjs";

const api = process.env.ARTICLE_FACTS_URL ?? "http://localhost:8080";
const apiKey = process.env.ARTICLE_FACTS_API_KEY ?? "";
const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.resolve(here, "..", "target", "page-screenshots");
const axeSource = fs.readFileSync(path.resolve(here, "node_modules/axe-core/axe.min.js"), "utf8");

let driver;
let seed;

const json = async (p) => {
  const response = await fetch(api + p);
  assert.equal(response.status, 200, p);
  return response.json();
};

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  driver = await startBrowser({ width: 1500, height: 1300 });
  const list = await json("/api/articles?page=0&size=100");
  seed = list.content[0];
});

after(async () => {
  await driver?.quit();
});

async function screenshot(name) {
  fs.writeFileSync(path.join(shots, `${name}.png`), await driver.takeScreenshot(), "base64");
}

async function openArticle(slug, suffix = "") {
  await driver.get(`${api}/#/articles/${encodeURIComponent(slug)}${suffix}`);
  await driver.wait(until.elementLocated(By.css("#article p.body")), 20000);
  await driver.wait(async () => (await driver.findElements(By.css("#article mark.mention"))).length > 0, 20000);
}

/** Each rendered mention and date: its pieces' text joined, by id, as the page shows them. */
function rendered() {
  return inPage(driver, `
    const texts = {};
    for (const node of document.querySelectorAll("#article [data-id]")) {
      // a piece of a crossing annotation carries the same id: the pieces, in order, make its text
      texts[node.dataset.id] = (texts[node.dataset.id] ?? "") + node.textContent;
    }
    const values = Object.fromEntries([...document.querySelectorAll("#article time.date")].map((t) => [t.dataset.id, t.dataset.value]));
    return { texts, values };`);
}

/** Checks that the page shows every mention and date of the article, each exactly on its words. */
async function assertHighlightsOnTheirWords(slug) {
  const entities = await json(`/api/articles/${encodeURIComponent(slug)}/entities`);
  const dates = await json(`/api/articles/${encodeURIComponent(slug)}/dates`);
  const { texts, values } = await rendered();
  const expected = {};
  for (const entity of entities.entities) {
    for (const mention of entity.mentions) {
      expected[`${entity.key}:${mention.start}`] = mention.text;
    }
  }
  for (const date of dates.dates) {
    expected[`date:${date.start}`] = date.text;
    assert.equal(values[`date:${date.start}`], date.value, `value of ${date.text}`);
  }
  assert.deepEqual(texts, expected);
  return entities;
}

test("the seed's page shows every mention and date on its words, coloured by type", async () => {
  await openArticle(seed.slug);
  const entities = await assertHighlightsOnTheirWords(seed.slug);
  const title = await driver.findElement(By.css("#article h2.title")).getText();
  assert.equal(title, seed.title);
  const nominal = await driver.findElements(By.css("#article mark.mention.nominal"));
  assert.ok(nominal.length > 0, "descriptions are marked apart from names");
  const legend = await driver.findElement(By.id("legend")).getText();
  assert.match(legend, /organization/);
  assert.ok(entities.entities.length > 10);
  await screenshot("1-article");
});

test("choosing YPG highlights its mentions and shows its panel; a mention selects its entity", async () => {
  const ypg = (await json(`/api/articles/${encodeURIComponent(seed.slug)}/entities`)).entities.find((e) => e.key === "ypg");
  await driver.findElement(By.css('#entity-list button[data-entity="ypg"]')).click();
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="ypg"] h3')), 10000);
  const selected = await inPage(driver, `return [...new Set([...document.querySelectorAll("#article mark.mention.selected")].map((m) => m.dataset.mention))];`);
  assert.equal(selected.length, ypg.mentionCount);
  assert.equal(selected.length, 7);
  assert.ok(selected.every((id) => id.startsWith("ypg:")));
  assert.equal(await driver.findElement(By.css("#entity-panel h3")).getText(), ypg.name);
  const wikipedia = await driver.findElement(By.css("#entity-panel a[href^='https://en.wikipedia.org/']"));
  assert.equal(await wikipedia.getAttribute("href"), ypg.wikipediaUrl);
  assert.match(await driver.getCurrentUrl(), /#\/articles\/.+\/entities\/ypg$/);
  await screenshot("2-entity-ypg");

  await driver.findElement(By.css('#article mark.mention[data-entity="sohr"]')).click();
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="sohr"]')), 10000);
});

test("a deep link survives a reload, and the back button walks the selections", async () => {
  await openArticle(seed.slug, "/entities/sohr");
  await driver.navigate().refresh();
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="sohr"] h3')), 20000);
  assert.equal(await driver.findElement(By.css("#entity-panel h3")).getText(), "Syrian Observatory for Human Rights");
  await driver.findElement(By.css('#entity-list button[data-entity="ypg"]')).click();
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="ypg"]')), 10000);
  await driver.navigate().back();
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="sohr"]')), 10000);
  const selected = await driver.findElements(By.css('#article mark.mention.selected:not([data-entity="sohr"])'));
  assert.equal(selected.length, 0);
});

test("the timeline lists the dated events and the map marks the places", async () => {
  const facts = await json(`/api/articles/${encodeURIComponent(seed.slug)}/facts`);
  await openArticle(seed.slug);
  const dated = facts.events.filter((e) => e.date);
  await driver.wait(async () => (await driver.findElements(By.css("#map g.place"))).length > 0, 20000);
  const items = await driver.findElements(By.css("#timeline li[data-event]"));
  assert.equal(items.length, dated.length);
  assert.ok(dated.length > 0);
  const first = await items[0].getText();
  assert.match(first, new RegExp(dated.map((e) => e.date).sort()[0]));
  const markers = await inPage(driver, `return [...document.querySelectorAll("#map g.place")].map((g) => g.querySelector("title").textContent);`);
  const places = facts.entities.filter((e) => e.coordinates).map((e) => e.name);
  assert.deepEqual([...markers].sort(), [...places].sort());
  const reported = await driver.findElements(By.css("#timeline .reported"));
  assert.equal(reported.length, dated.filter((e) => e.attribution).length);
  await driver.executeScript("document.querySelector('#timeline-heading').scrollIntoView()");
  await screenshot("3-timeline-and-map");
});

test("an article posted with an emoji and CRLF line ends keeps every highlight on its words", async () => {
  assert.ok(apiKey, "ARTICLE_FACTS_API_KEY is set");
  const text = "Kurds 🇸🇾 hold Qamishli\r\n\r\nThe YPG said on Monday\u00a0that 😀 Kurdish fighters held Qamishli.\r\n"
    + "\r\nSyrian regime forces shelled 𝒜leppo and Hassakeh on Tuesday, the Syrian Observatory for Human Rights said.\r\n";
  const response = await fetch(`${api}/api/articles?source=page-test-${Date.now()}.txt`, {
    method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", "X-API-Key": apiKey }, body: text,
  });
  assert.ok(response.status === 201 || response.status === 200, `${response.status}`);
  const article = await response.json();
  await openArticle(article.slug);
  const entities = await assertHighlightsOnTheirWords(article.slug);
  assert.ok(entities.entities.some((e) => e.key === "ypg"));
  await driver.wait(until.elementLocated(By.css('#article-list a[aria-current="page"]')), 10000);
  const current = await driver.findElement(By.css('#article-list a[aria-current="page"]')).getText();
  assert.equal(current, article.title, "the article is listed, and marked as the one shown");
  await screenshot("4-posted-emoji-crlf");
  await fetch(`${api}/api/articles/${article.id}`, { method: "DELETE", headers: { "X-API-Key": apiKey } });
});

/** Posts an article (text in the seed layout, or the JSON fields) with the key; its id, slug and title. */
/**
 * The text of an element, read in the page in one step: the page draws an article again as its data arrives, and an
 * element found a moment before may be gone by the time it is read.
 */
function textOf(selector) {
  return inPage(driver, `return document.querySelector(args[0])?.textContent ?? null;`, selector);
}

async function post(article) {
  const text = typeof article === "string";
  const response = await fetch(`${api}/api/articles?source=page-test-${Date.now()}-${Math.random()}.txt`, {
    method: "POST",
    headers: { "Content-Type": text ? "text/plain; charset=utf-8" : "application/json", "X-API-Key": apiKey },
    body: text ? article : JSON.stringify(article),
  });
  assert.ok(response.status === 201 || response.status === 200, `${response.status}`);
  return response.json();
}

async function remove(article) {
  await fetch(`${api}/api/articles/${article.id}`, { method: "DELETE", headers: { "X-API-Key": apiKey } });
}

test("choosing another article clears the entity panel of the one before", async () => {
  const other = await post("Quiet day in Qamishli\n\nShops opened in Qamishli on Monday, locals said.\n");
  try {
    await driver.get("about:blank"); // a page that reads the list anew, the new article in it
    await openArticle(seed.slug, "/entities/ypg");
    await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="ypg"] h3')), 20000);
    const link = By.css(`#article-list a[href="#/articles/${encodeURIComponent(other.slug)}"]`);
    await driver.wait(until.elementLocated(link), 20000);
    await driver.findElement(link).click();
    await driver.wait(async () => (await textOf("#article h2.title")) === other.title, 20000);
    assert.equal((await driver.findElements(By.css("#entity-panel[data-entity]"))).length, 0);
    assert.match(await textOf("#entity-panel"), /Choose an entity/);
  } finally {
    await remove(other);
  }
});

test("the list shows the newest articles by publication date, ten to a page, and the landing page opens the newest",
  async () => {
    const posted = [];
    try {
      for (let year = 2005; year <= 2015; year++) {
        posted.push(await post({ title: `Harvest report ${year}`, publishedOn: `${year}-06-01`,
          body: `Farmers near Raqqa harvested wheat in ${year}.` }));
      }
      const newest = (await json("/api/articles?sort=-publishedOn&size=1")).content[0];
      await driver.get(`${api}/`);
      await driver.wait(async () => (await driver.findElements(By.css("#article h2.title"))).length > 0, 20000);
      await driver.wait(async () => (await textOf("#article h2.title")) === newest.title, 20000);
      assert.match(await driver.getCurrentUrl(), new RegExp(`#/articles/${newest.slug}$`));
      const items = await driver.findElements(By.css("#article-list li"));
      assert.equal(items.length, 10, "the first page is full");
      const dates = await inPage(driver, `return [...document.querySelectorAll("#article-list small")].map((s) => s.textContent);`);
      const days = dates.map((d) => d.split(" · ")[0]).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
      assert.deepEqual(days, [...days].sort().reverse(), "newest first");
      assert.ok(dates.some((d) => d.endsWith(" 1 paragraph")), dates.join(" | "));
      assert.match(await driver.findElement(By.id("page-label")).getText(), /^1 of \d+$/);
    } finally {
      for (const article of posted) await remove(article);
    }
  });

test("the labels of near places on the map do not cover one another", async () => {
  const near = await post("Shelling near the border\n\nTurkish artillery shelled positions near Manbij and"
    + " Jarabulus on Friday, and villages near Al-Bab and Azaz.\n");
  try {
    await openArticle(near.slug);
    await driver.wait(async () => (await driver.findElements(By.css("#map g.place"))).length >= 3, 20000);
    const boxes = await inPage(driver, `return [...document.querySelectorAll("#map g.place text")]
      .filter((t) => t.getAttribute("visibility") !== "hidden")
      .map((t) => { const b = t.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height, name: t.textContent }; });`);
    assert.ok(boxes.length >= 2, JSON.stringify(boxes));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        assert.ok(!overlap, `${a.name} covers ${b.name}`);
      }
    }
    await screenshot("5-near-places");
  } finally {
    await remove(near);
  }
});

test("axe-core finds no serious or critical accessibility violation", async () => {
  await openArticle(seed.slug, "/entities/ypg");
  await driver.wait(until.elementLocated(By.css('#entity-panel[data-entity="ypg"] h3')), 20000);
  await driver.wait(async () => (await driver.findElements(By.css("#map g.place"))).length > 0, 20000);
  await driver.executeScript(axeSource);
  const result = await inPage(driver, `
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
      target: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));`);
  assert.equal(result.thrown, undefined, result.thrown);
  const serious = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log("axe-core violations (any impact):", JSON.stringify(result));
  assert.deepEqual(serious, []);
});

test("the page says so when the API cannot answer", async () => {
  await driver.get(`${api}/?api=${encodeURIComponent("http://127.0.0.1:9")}#/articles/${seed.slug}`);
  await driver.wait(async () => (await driver.findElement(By.id("status")).getText()).includes("Cannot reach"), 20000);
  const message = await driver.findElement(By.id("status")).getText();
  assert.match(message, /Could not load/);
});
