// A client generated from the served OpenAPI description (openapi-typescript) used through openapi-fetch, as a
// frontend or an integration test of ours would: every call and every field below is type-checked against the
// description by `tsc --strict`, then run against the service.
import { test } from "node:test";
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

const baseUrl = process.env.ARTICLE_FACTS_URL ?? "http://localhost:8080";
const apiKey = process.env.ARTICLE_FACTS_API_KEY ?? "";
const client = createClient<paths>({ baseUrl });

type Span = { start: number; end: number; text: string };

/** Every span's text is the UTF-16 slice of the article text that its offsets name. */
function assertSlices(text: string, spans: Span[]): void {
  for (const span of spans) {
    assert.equal(text.slice(span.start, span.end), span.text, `span ${span.start}-${span.end}`);
  }
}

async function seed(): Promise<components["schemas"]["ArticleResponse"]> {
  const list = await client.GET("/api/articles", { params: { query: { page: 0, size: 20 } } });
  assert.equal(list.response.status, 200);
  const first = list.data?.content.at(-1);
  assert.ok(first, "the seed article is listed");
  const { data, response } = await client.GET("/api/articles/{idOrSlug}", {
    params: { path: { idOrSlug: first.slug } },
  });
  assert.equal(response.status, 200);
  assert.ok(data);
  return data;
}

test("lists the stored articles, newest first, with page metadata", async () => {
  const { data, response } = await client.GET("/api/articles", { params: { query: { size: 5 } } });
  assert.equal(response.status, 200);
  assert.ok(data);
  assert.ok(data.page.totalElements >= 1);
  assert.ok(data.content.every((article) => article.slug.length > 0 && article.paragraphCount > 0));
});

test("reads every resource of the seed, each span a slice of the article text", async () => {
  const article = await seed();
  const idOrSlug = article.slug;
  const path = { path: { idOrSlug } };
  assertSlices(article.text, article.paragraphs);

  const paragraphs = await client.GET("/api/articles/{idOrSlug}/paragraphs", { params: path });
  assert.equal(paragraphs.data?.slug, idOrSlug);
  assert.equal(paragraphs.data?.offsets, "utf16");
  assertSlices(article.text, paragraphs.data?.paragraphs ?? []);

  const one = await client.GET("/api/articles/{idOrSlug}/paragraphs/{number}", {
    params: { path: { idOrSlug, number: 1 } },
  });
  assert.equal(one.data?.number, 1);
  assertSlices(article.text, one.data ? [one.data] : []);

  const entities = await client.GET("/api/articles/{idOrSlug}/entities", { params: path });
  assert.ok(entities.data && entities.data.entities.length > 0);
  for (const entity of entities.data.entities) {
    assertSlices(article.text, entity.mentions);
    if (entity.wikipediaUrl !== null) {
      assert.match(entity.wikipediaUrl, /^https:\/\/en\.wikipedia\.org\/wiki\//);
    }
  }
  const ypg = entities.data.entities.find((entity) => entity.key === "ypg");
  assert.ok(ypg, "the YPG is among the seed's entities");

  const dates = await client.GET("/api/articles/{idOrSlug}/dates", { params: path });
  assertSlices(article.text, dates.data?.dates ?? []);
  assert.ok(dates.data?.dates.some((date) => date.value === "2016-08-21"));

  const events = await client.GET("/api/articles/{idOrSlug}/events", { params: path });
  assert.ok(events.data && events.data.events.length > 0);
  for (const event of events.data.events) {
    assertSlices(article.text, [event.trigger, event.evidence]);
  }

  const attributions = await client.GET("/api/articles/{idOrSlug}/attributions", { params: path });
  assert.ok(attributions.data && attributions.data.attributions.length > 0);
  for (const attribution of attributions.data.attributions) {
    assertSlices(article.text, [attribution.cue, attribution.claim]);
  }

  const facts = await client.GET("/api/articles/{idOrSlug}/facts", { params: path });
  assert.equal(facts.data?.events.length, events.data.events.length);

  const entity = await client.GET("/api/entities/{key}", { params: { path: { key: "ypg" } } });
  assert.ok(entity.data?.articles.some((seen) => seen.slug === idOrSlug));

  const found = await client.GET("/api/entities", { params: { query: { q: "hasakah" } } });
  assert.ok(found.data && found.data.content.length > 0);

  // the event search also answers text/csv (Accept), so the client types its body as either
  const search = await client.GET("/api/events", { params: { query: { actor: "syrian-regime" } } });
  assert.equal(search.response.headers.get("content-type"), "application/json");
  assert.ok(typeof search.data === "object" && search.data.content.length > 0);
});

test("a missing article is a problem+json 404 the client can read", async () => {
  const { error, response } = await client.GET("/api/articles/{idOrSlug}", {
    params: { path: { idOrSlug: "no-such-article" } },
  });
  assert.equal(response.status, 404);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  assert.equal(error?.status, 404);
  assert.match(error?.type ?? "", /not-found/);
});

test("posts an article with the key, then revalidates it with If-None-Match and gets a 304", async () => {
  assert.ok(apiKey, "ARTICLE_FACTS_API_KEY is set for the write");
  const title = `Contract test ${Date.now()}`;
  const posted = await client.POST("/api/articles", {
    body: {
      title,
      publishedOn: "2016-08-25",
      standfirst: "A short article posted by the generated client.",
      body: "The Turkish army shelled SDF positions near Manbij on Wednesday, residents said.",
      source: "contract-test",
    },
    headers: { "X-API-Key": apiKey },
  });
  assert.equal(posted.response.status, 201);
  const location = posted.response.headers.get("location");
  assert.ok(posted.data && location?.endsWith(`/api/articles/${posted.data.id}`));
  assert.equal(posted.data.title, title);

  const idOrSlug = String(posted.data.id);
  const read = await client.GET("/api/articles/{idOrSlug}", { params: { path: { idOrSlug } } });
  const etag = read.response.headers.get("etag");
  assert.ok(etag);
  const again = await client.GET("/api/articles/{idOrSlug}", {
    params: { path: { idOrSlug } },
    headers: { "If-None-Match": etag },
  });
  assert.equal(again.response.status, 304);

  const deleted = await client.DELETE("/api/articles/{idOrSlug}", {
    params: { path: { idOrSlug } },
    headers: { "X-API-Key": apiKey },
  });
  assert.equal(deleted.response.status, 204);
});

test("a write without the key is refused with a 401 problem", async () => {
  const { error, response } = await client.POST("/api/articles", {
    body: { title: "No key", body: "Nobody may write without the key." },
  });
  assert.equal(response.status, 401);
  assert.equal(error?.status, 401);
});
