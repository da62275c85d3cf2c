// A page on another origin, in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium), calls
// the API as a frontend would: a read, a conditional read with its own If-None-Match, and a write that the
// service's CORS rules refuse (no origin may write unless configured).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { inPage as run, startBrowser } from "./browser.mjs";

const api = process.env.ARTICLE_FACTS_URL ?? "http://localhost:8080";
const apiKey = process.env.ARTICLE_FACTS_API_KEY ?? "";

let server;
let origin;
let driver;

before(async () => {
  server = http.createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>another origin</title><p>frontend</p>");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  driver = await startBrowser();
  await driver.get(`${origin}/`);
});

after(async () => {
  await driver?.quit();
  server?.close();
});

/** Runs fetch calls in the page and returns what the page's script could see. */
function inPage(script, ...args) {
  return run(driver, script, ...args);
}

test("the page is on another origin than the API", () => {
  assert.notEqual(new URL(origin).origin, new URL(api).origin);
});

test("a read from another origin sees the body and the ETag, and revalidates with its own If-None-Match", async () => {
  const result = await inPage(
    `const [api] = args;
     const first = await fetch(api + "/api/articles/1");
     const etag = first.headers.get("ETag");
     const body = await first.json();
     const again = await fetch(api + "/api/articles/1", { headers: { "If-None-Match": etag }, cache: "no-store" });
     return { status: first.status, etag, slug: body.slug, offsetUnit: first.headers.get("Offset-Unit"),
              conditional: again.status };`,
    api,
  );
  assert.equal(result.thrown, undefined, result.thrown);
  assert.equal(result.status, 200);
  assert.ok(result.etag, "ETag is exposed to the page");
  assert.equal(result.offsetUnit, "utf16");
  assert.ok(result.slug.length > 0);
  assert.equal(result.conditional, 304);
});

test("a write from another origin is refused before it is sent, even with the key", async () => {
  const result = await inPage(
    `const [api, key] = args;
     try {
       const response = await fetch(api + "/api/articles", { method: "POST",
         headers: { "Content-Type": "application/json", "X-API-Key": key },
         body: JSON.stringify({ title: "From a page", body: "A page on another origin may not write." }) });
       return { status: response.status };
     } catch (e) {
       return { refused: e.name };
     }`,
    api,
    apiKey,
  );
  assert.equal(result.refused, "TypeError", `the browser blocked the write: ${JSON.stringify(result)}`);
});

test("the refused preflight itself is a problem+json 403", async () => {
  const response = await fetch(`${api}/api/articles`, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type, x-api-key",
    },
  });
  assert.equal(response.status, 403);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  const problem = await response.json();
  assert.equal(problem.status, 403);
});
