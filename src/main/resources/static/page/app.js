// The reading page: the stored articles, one article with its entity mentions and dates highlighted, the entity
// panel, a timeline of dated events, a map of the places and who said what. It reads only the documented JSON
// API; routes live in the URL's fragment (#/articles/{slug}, #/articles/{slug}/entities/{key}, #/entities/{key})
// so deep links survive a reload and the back button walks them.
import { ApiError, get } from "./api.js";
import { drawMap } from "./map.js";
import { lines, renderStretch } from "./text.js";

const PAGE_SIZE = 10;
const PANEL_HINT = "Choose an entity or a highlighted mention.";
const TYPES = ["PERSON", "ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "FACILITY"];
const $ = (id) => document.getElementById(id);
const element = (tag, properties = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
};
const typeName = (type) => type.toLowerCase().replaceAll("_", " ");

const state = { listPage: 0, totalPages: 0, newest: null, article: null, facts: null, selected: null };

// --- status and errors ---------------------------------------------------------------------------------------
function status(message, error = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", error);
}

/** Runs a load; a starting service (503 with Retry-After) is retried, other failures are said in words. */
async function attempt(what, load) {
  status(`Loading ${what}…`);
  for (;;) {
    try {
      const result = await load();
      status("");
      return result;
    } catch (e) {
      if (e instanceof ApiError && e.status === 503 && e.retryAfter) {
        status(`${e.message} Trying again in ${e.retryAfter} s.`);
        await new Promise((resolve) => setTimeout(resolve, e.retryAfter * 1000));
        continue;
      }
      status(`Could not load ${what}. ${e.message}`, true);
      throw e;
    }
  }
}

// --- the list of articles, newest first ------------------------------------------------------------------------
async function loadList() {
  const page = await attempt("the articles",
    () => get(`/api/articles?sort=-publishedOn&page=${state.listPage}&size=${PAGE_SIZE}`));
  state.totalPages = page.page.totalPages;
  state.newest = state.listPage === 0 ? page.content[0] ?? null : state.newest;
  const list = $("article-list");
  list.replaceChildren(...page.content.map((summary) => element("li", {},
    element("a", { href: `#/articles/${encodeURIComponent(summary.slug)}`, textContent: summary.title }),
    element("small", { textContent: [summary.publishedOn, counted(summary.paragraphCount, "paragraph")].filter(Boolean).join(" · ") }))));
  if (page.content.length === 0) {
    list.replaceChildren(element("li", { className: "hint", textContent: "No article is stored yet." }));
  }
  $("page-label").textContent = state.totalPages > 1 ? `${state.listPage + 1} of ${state.totalPages}` : "";
  $("newer").disabled = state.listPage === 0;
  $("older").disabled = state.listPage >= state.totalPages - 1;
  markCurrentArticle();
}

/** "1 paragraph", "3 paragraphs". */
const counted = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** Marks the shown article in the list; false when the list does not hold it. */
function markCurrentArticle() {
  let found = false;
  for (const link of $("article-list").querySelectorAll("a")) {
    const current = state.article && link.getAttribute("href") === `#/articles/${encodeURIComponent(state.article.slug)}`;
    found ||= Boolean(current);
    if (current) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  return found;
}

// --- entity search -------------------------------------------------------------------------------------------------
async function search(query) {
  const results = $("search-results");
  if (!query.trim()) {
    results.replaceChildren();
    return;
  }
  const found = await attempt("the search", () => get(`/api/entities?q=${encodeURIComponent(query)}&size=10`));
  results.replaceChildren(...found.content.map((entity) => element("li", {},
    element("a", { href: `#/entities/${encodeURIComponent(entity.key)}`, textContent: entity.name }),
    ` (${typeName(entity.type)}, ${entity.articleCount} article${entity.articleCount === 1 ? "" : "s"})`)));
  if (found.content.length === 0) {
    results.replaceChildren(element("li", { className: "hint", textContent: `No entity matches “${query}”.` }));
  }
}

// --- one article ---------------------------------------------------------------------------------------------------
async function loadArticle(slug) {
  if (state.article?.slug === slug) {
    return;
  }
  const [article, facts] = await attempt("the article", () => Promise.all([
    get(`/api/articles/${encodeURIComponent(slug)}`), get(`/api/articles/${encodeURIComponent(slug)}/facts`)]));
  state.article = article;
  state.facts = facts;
  state.selected = null;
  renderArticle();
  renderEntityList();
  renderTimeline();
  renderAttributions();
  await drawMap($("map"), facts.entities.filter((e) => e.coordinates).map((e) => ({
    key: e.key, name: e.name, latitude: e.coordinates.latitude, longitude: e.coordinates.longitude,
    country: e.type === "COUNTRY",
  })), (key) => selectEntity(key));
  if (!markCurrentArticle() && state.listPage === 0) {
    await loadList(); // stored since the list was read
  }
}

function annotations() {
  const result = [];
  for (const entity of state.facts.entities) {
    for (const mention of entity.mentions) {
      const id = `${entity.key}:${mention.start}`;
      result.push({ start: mention.start, end: mention.end, rank: 0, make: () => {
        const mark = element("mark", { className: `mention${mention.nominal ? " nominal" : ""}`, tabIndex: 0,
          title: `${entity.name} (${typeName(entity.type)}${mention.nominal ? ", a description" : ""})` });
        mark.setAttribute("role", "button");
        mark.setAttribute("aria-pressed", "false");
        Object.assign(mark.dataset, { id, entity: entity.key, type: entity.type, mention: id });
        return mark;
      } });
    }
  }
  for (const date of state.facts.dates) {
    result.push({ start: date.start, end: date.end, rank: 1, make: () => {
      const time = element("time", { className: "date", title: `${date.kind}: ${date.value}` });
      time.setAttribute("datetime", date.value);
      Object.assign(time.dataset, { id: `date:${date.start}`, value: date.value });
      return time;
    } });
  }
  return result;
}

function renderArticle() {
  const { article } = state;
  const text = article.text;
  const all = annotations();
  const container = $("article");
  const firstBody = article.paragraphs.length ? article.paragraphs[0].start : text.length;
  const header = lines(text, 0, firstBody);
  const nodes = [];
  header.forEach((line, i) => {
    const words = text.slice(line.start, line.end).trim();
    const node = i === 0 ? element("h2", { className: "title" })
      : element("p", { className: words === article.standfirst?.trim() ? "standfirst" : "meta" });
    node.append(renderStretch(text, line.start, line.end, all));
    nodes.push(node);
  });
  for (const paragraph of article.paragraphs) {
    const node = element("p", { className: "body", id: `p${paragraph.number}` });
    node.dataset.start = paragraph.start;
    node.append(renderStretch(text, paragraph.start, paragraph.end, all));
    nodes.push(node);
  }
  container.replaceChildren(...nodes);
  document.title = `${article.title} · article-facts`;
  // tabbing into nested interactive content is not allowed: a date inside a mention is reached with it
  for (const time of container.querySelectorAll("time.date")) {
    if (!time.closest("mark")) time.tabIndex = 0;
  }
}

function entityByKey(key) {
  return state.facts?.entities.find((e) => e.key === key) ?? null;
}

function nameOf(key) {
  return entityByKey(key)?.name ?? key;
}

function renderEntityList() {
  const entities = [...state.facts.entities].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  $("entity-list").replaceChildren(...entities.map((entity) => {
    const button = element("button", { type: "button", textContent: entity.name });
    button.dataset.entity = entity.key;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => selectEntity(entity.key));
    return element("li", {}, button, ` ${typeName(entity.type)}, ${entity.mentionCount}`);
  }));
}

function renderTimeline() {
  const { facts } = state;
  const attributions = new Map(facts.attributions.map((a) => [a.id, a]));
  const dated = facts.events.filter((e) => e.date).sort((a, b) => a.date.localeCompare(b.date) || a.evidence.start - b.evidence.start);
  const items = dated.map((event) => {
    const actor = event.actor ? nameOf(event.actor) : event.actorPhrase?.text ?? "someone";
    const target = event.target ? nameOf(event.target) : event.targetPhrase?.text;
    const what = [actor, event.type.toLowerCase().replaceAll("_", " "), target].filter(Boolean).join(" · ");
    const attribution = event.attribution ? attributions.get(event.attribution) : null;
    const show = element("button", { type: "button", textContent: "show in the text" });
    show.addEventListener("click", () => reveal(event.evidence.start));
    const item = element("li", {},
      element("span", { className: "when" }, element("time", { dateTime: event.date, textContent: event.date })),
      element("span", { className: "what", textContent: what }),
      event.place ? element("span", { className: "where", textContent: ` in ${nameOf(event.place)}` }) : null,
      attribution ? element("span", { className: "reported", textContent: attribution.sourceType === "entity"
        ? ` (reported by ${sourceName(attribution)})` : ` (according to ${attribution.source})` }) : null,
      " ", show);
    item.dataset.event = event.id;
    return item;
  });
  const undated = facts.events.length - dated.length;
  $("timeline").replaceChildren(...items);
  if (undated > 0 || dated.length === 0) {
    $("timeline").append(element("li", { className: "hint", textContent: `${undated} event${undated === 1 ? "" : "s"} without a date.` }));
  }
}

function sourceName(attribution) {
  return attribution.sourceType === "entity" ? nameOf(attribution.source) : attribution.source;
}

function renderAttributions() {
  const { facts, article } = state;
  $("attributions").replaceChildren(...facts.attributions.map((attribution) => {
    const show = element("button", { type: "button", textContent: "show" });
    show.addEventListener("click", () => reveal(attribution.claim.start));
    const item = element("li", {},
      element("strong", { textContent: sourceName(attribution) }),
      attribution.medium ? ` (to ${nameOf(attribution.medium)})` : "",
      attribution.directQuote ? " said: " : " reported: ",
      element("q", { textContent: article.text.slice(attribution.claim.start, attribution.claim.end) }),
      " ", show);
    item.dataset.attribution = attribution.id;
    return item;
  }));
  if (facts.attributions.length === 0) {
    $("attributions").append(element("li", { className: "hint", textContent: "No attributed statement." }));
  }
}

/** Scrolls to the paragraph that holds the offset and flashes it. */
function reveal(offset) {
  const paragraphs = [...$("article").querySelectorAll("p.body")];
  const target = paragraphs.filter((p) => Number(p.dataset.start) <= offset).pop() ?? $("article");
  target.scrollIntoView({ block: "center" });
  target.classList.remove("flash");
  void target.offsetWidth;
  target.classList.add("flash");
}

// --- the selected entity -------------------------------------------------------------------------------------------
function selectEntity(key) {
  const slug = state.article?.slug;
  location.hash = slug ? `#/articles/${encodeURIComponent(slug)}/entities/${encodeURIComponent(key)}` : `#/entities/${encodeURIComponent(key)}`;
}

async function showEntity(key) {
  state.selected = key;
  for (const mark of document.querySelectorAll("mark.mention")) {
    const on = mark.dataset.entity === key;
    mark.classList.toggle("selected", on);
    mark.setAttribute("aria-pressed", String(on));
  }
  for (const button of $("entity-list").querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.entity === key));
  }
  const entity = await attempt("the entity", () => get(`/api/entities/${encodeURIComponent(key)}`));
  const here = entityByKey(key);
  const others = entity.articles.filter((a) => a.slug !== state.article?.slug);
  const panel = element("div", { className: "entity-panel" },
    element("h3", { textContent: entity.name }),
    element("dl", {},
      element("dt", { textContent: "Type" }), element("dd", { textContent: typeName(entity.type) }),
      element("dt", { textContent: "Mentions" }), element("dd", { textContent: here ? `${here.mentionCount} in this article` : "none in this article" }),
      element("dt", { textContent: "Also called" }), element("dd", { textContent: entity.aliases.slice(0, 6).join(", ") || "—" }),
      element("dt", { textContent: "Wikipedia" }), element("dd", {}, entity.wikipediaUrl
        ? element("a", { href: entity.wikipediaUrl, textContent: entity.wikipedia, rel: "noopener", target: "_blank" })
        : "—")),
    element("h3", { textContent: `Other articles (${others.length})` }),
    element("ul", {}, ...others.map((a) => element("li", {},
      element("a", { href: `#/articles/${encodeURIComponent(a.slug)}/entities/${encodeURIComponent(key)}`, textContent: a.title }),
      ` (${a.mentionCount})`))));
  $("entity-panel").replaceChildren(panel);
  $("entity-panel").dataset.entity = key;
  document.querySelector(`mark.mention[data-entity="${CSS.escape(key)}"]`)?.scrollIntoView({ block: "nearest" });
}

// --- routes --------------------------------------------------------------------------------------------------------
async function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "articles" && parts[1]) {
      await loadArticle(parts[1]);
      if (parts[2] === "entities" && parts[3]) {
        await showEntity(parts[3]);
      } else {
        await clearSelection();
      }
    } else if (parts[0] === "entities" && parts[1]) {
      await showEntity(parts[1]);
    } else if (state.newest) {
      // the landing page reads the newest article rather than three empty panels
      history.replaceState(null, "", `#/articles/${encodeURIComponent(state.newest.slug)}`);
      await route();
    }
  } catch (e) {
    // the status line says what failed
  }
}

async function clearSelection() {
  state.selected = null;
  // the panel spoke of an entity of the article shown before: it says nothing of this one
  $("entity-panel").replaceChildren(element("p", { className: "hint", textContent: PANEL_HINT }));
  delete $("entity-panel").dataset.entity;
  for (const mark of document.querySelectorAll("mark.mention.selected")) {
    mark.classList.remove("selected");
    mark.setAttribute("aria-pressed", "false");
  }
  for (const button of $("entity-list").querySelectorAll("button")) button.setAttribute("aria-pressed", "false");
}

function renderLegend() {
  $("legend").replaceChildren(
    ...TYPES.map((type) => {
      const swatch = element("span", { className: "swatch" });
      swatch.style.background = `var(--${type.toLowerCase()})`;
      return element("li", {}, swatch, typeName(type));
    }),
    element("li", {}, element("span", { className: "swatch nominal" }), "description, not a name"),
    element("li", {}, element("span", { className: "swatch date" }), "date (hover or focus for its value)"));
}

// a click or Enter/Space on a mention selects its entity
$("article").addEventListener("click", (event) => {
  const mark = event.target.closest("mark.mention");
  if (mark) selectEntity(mark.dataset.entity);
});
$("article").addEventListener("keydown", (event) => {
  const mark = event.target.closest("mark.mention");
  if (mark && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    selectEntity(mark.dataset.entity);
  }
});
$("search").addEventListener("submit", (event) => {
  event.preventDefault();
  search($("search-input").value).catch(() => {});
});
$("newer").addEventListener("click", () => { state.listPage--; loadList().catch(() => {}); });
$("older").addEventListener("click", () => { state.listPage++; loadList().catch(() => {}); });
window.addEventListener("hashchange", route);

renderLegend();
loadList().then(route, () => route());
