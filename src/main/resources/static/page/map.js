// The article's places on a world outline (Natural Earth 1:110m from the npm package world-atlas, vendored), in an
// equirectangular projection fitted to the places: no tile server, so the page works offline.
const SVG = "http://www.w3.org/2000/svg";
let land = null;

async function countries() {
  if (!land) {
    const response = await fetch(new URL("../vendor/world-atlas/countries-110m.json", import.meta.url));
    const topology = await response.json();
    land = globalThis.topojson.feature(topology, topology.objects.countries).features;
  }
  return land;
}

const project = ([lon, lat]) => [lon + 180, 90 - lat];

/** A ring as path data; where it crosses the antimeridian the pen lifts instead of drawing across the world. */
function ringPath(ring) {
  let crossed = false;
  const path = ring.map((point, i) => {
    const jump = i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180;
    crossed ||= jump;
    return (i === 0 || jump ? "M" : "L") + project(point).map((v) => v.toFixed(2)).join(" ");
  }).join("");
  return crossed ? path : path + "Z";
}

function featurePath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
}

/**
 * @param {HTMLElement} container
 * @param {Array<{key:string,name:string,latitude:number,longitude:number,country:boolean}>} places
 * @param {function(string):void} onSelect called with a place's entity key
 */
export async function drawMap(container, places, onSelect) {
  container.replaceChildren();
  if (places.length === 0) {
    container.append(Object.assign(document.createElement("p"), { className: "hint", textContent: "No place with coordinates." }));
    return;
  }
  const features = await countries();
  const points = places.map((p) => project([p.longitude, p.latitude]));
  // fit the finer places (cities, provinces, sites) where there are any: a country's centre would zoom out to the
  // world; countries in view are marked all the same
  const fine = places.map((p, i) => (p.country ? null : points[i])).filter(Boolean);
  const fitted = fine.length > 0 ? fine : points;
  const xs = fitted.map((p) => p[0]);
  const ys = fitted.map((p) => p[1]);
  // fit the places with a margin, at least 24 degrees wide, 2:1 like the projection
  let width = Math.max(24, (Math.max(...xs) - Math.min(...xs)) * 1.4);
  let height = Math.max((Math.max(...ys) - Math.min(...ys)) * 1.4, width / 2);
  width = Math.max(width, height * 2);
  height = width / 2;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = Math.min(180 - height / 2, Math.max(height / 2, (Math.max(...ys) + Math.min(...ys)) / 2));
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `${(cx - width / 2).toFixed(2)} ${(cy - height / 2).toFixed(2)} ${width.toFixed(2)} ${height.toFixed(2)}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `Map of the places the article names: ${places.map((p) => p.name).join(", ")}`);
  const scale = width / 100;
  const outline = document.createElementNS(SVG, "path");
  outline.setAttribute("class", "land");
  outline.setAttribute("d", features.map((f) => featurePath(f.geometry)).join(""));
  outline.setAttribute("stroke-width", (0.3 * scale).toFixed(3));
  svg.append(outline);
  places.forEach((place, i) => {
    const [x, y] = points[i];
    const group = document.createElementNS(SVG, "g");
    group.setAttribute("class", "place");
    group.dataset.key = place.key;
    const marker = document.createElementNS(SVG, "circle");
    marker.setAttribute("class", "marker");
    marker.setAttribute("cx", x.toFixed(3));
    marker.setAttribute("cy", y.toFixed(3));
    marker.setAttribute("r", (1.2 * scale).toFixed(3));
    const title = document.createElementNS(SVG, "title");
    title.textContent = place.name;
    marker.append(title);
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", (x + 1.6 * scale).toFixed(3));
    label.setAttribute("y", (y + 1.1 * scale).toFixed(3));
    label.setAttribute("font-size", (3.2 * scale).toFixed(3));
    label.setAttribute("stroke-width", (0.8 * scale).toFixed(3));
    label.textContent = place.name;
    group.append(marker, label);
    group.addEventListener("click", () => onSelect(place.key));
    svg.append(group);
  });
  container.append(svg);
  separateLabels(svg, scale);
}

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Near places' labels would cover one another ("Manbij" over "Jarabulus"): each label takes the first side of its
 * marker (right, left, above, below) where it covers no label placed before it, and is left to its marker's
 * tooltip where none is free. Measured once the map is in the page, where text has a size.
 */
function separateLabels(svg, scale) {
  const sides = [[1.6, 1.1, "start"], [-1.6, 1.1, "end"], [0, -1.8, "middle"], [0, 4.0, "middle"]];
  const placed = [];
  for (const group of svg.querySelectorAll("g.place")) {
    const marker = group.querySelector("circle");
    const label = group.querySelector("text");
    const x = Number(marker.getAttribute("cx"));
    const y = Number(marker.getAttribute("cy"));
    const side = sides.find(([dx, dy, anchor]) => {
      label.setAttribute("x", (x + dx * scale).toFixed(3));
      label.setAttribute("y", (y + dy * scale).toFixed(3));
      label.setAttribute("text-anchor", anchor);
      const box = label.getBBox();
      return !placed.some((other) => overlaps(box, other));
    });
    if (side) {
      placed.push(label.getBBox());
    } else {
      label.setAttribute("visibility", "hidden");
    }
  }
}
