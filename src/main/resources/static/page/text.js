// Renders a stretch of the article text with its annotations (entity mentions, dates) as nested elements.
// Offsets are UTF-16 code units, which is what String.prototype.slice counts, so non-breaking spaces, CRLF and
// characters outside the BMP (emoji) need nothing special. An annotation that crosses another is split in pieces
// that carry the same data-id, so each annotation's pieces together are exactly its text.

/**
 * @param {string} text the whole article text
 * @param {number} from start of the stretch (inclusive)
 * @param {number} to end of the stretch (exclusive)
 * @param {Array<{start:number,end:number,make:function():HTMLElement}>} annotations any; those outside are ignored
 * @returns {DocumentFragment}
 */
export function renderStretch(text, from, to, annotations) {
  const inside = annotations
    .filter((a) => a.start < to && a.end > from && a.end > a.start)
    .map((a) => ({ ...a, start: Math.max(a.start, from), end: Math.min(a.end, to) }));
  const fragment = document.createDocumentFragment();
  build(fragment, text, from, to, sort(inside));
  return fragment;
}

function sort(list) {
  // outer first: by start, then the longer one, then mentions around dates
  return list.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
}

function build(parent, text, from, to, annotations) {
  let position = from;
  let pending = annotations;
  while (pending.length > 0) {
    const [first, ...rest] = pending;
    const current = first.start < position ? { ...first, start: position } : first;
    if (current.end <= current.start) {
      pending = rest;
      continue;
    }
    parent.append(text.slice(position, current.start));
    const inner = [];
    const later = [];
    for (const other of rest) {
      if (other.start >= current.end) {
        later.push(other);
      } else if (other.end <= current.end) {
        inner.push(other);
      } else {
        // crosses the end of current: the part inside is nested, the rest continues after it
        inner.push({ ...other, end: current.end });
        later.push({ ...other, start: current.end });
      }
    }
    const element = current.make();
    build(element, text, current.start, current.end, inner);
    parent.append(element);
    position = current.end;
    pending = sort(later);
  }
  parent.append(text.slice(position, to));
}

/** Lines of a stretch with their offsets, for the header (title, standfirst, date lines). */
export function lines(text, from, to) {
  const result = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === "\n") {
      let end = i;
      if (end > start && text[end - 1] === "\r") {
        end--;
      }
      if (text.slice(start, end).trim()) {
        result.push({ start, end });
      }
      start = i + 1;
    }
  }
  return result;
}
