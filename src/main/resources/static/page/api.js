// The page reads the documented JSON API only: same origin by default, another origin with ?api=https://host
// (the API allows any origin to read through CORS).
const base = new URLSearchParams(location.search).get("api")?.replace(/\/$/, "") ?? "";

/** An answer of the API that is not the resource: a problem (RFC 9457) or no answer at all. */
export class ApiError extends Error {
  constructor(message, status, retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** GETs a JSON resource; a problem+json answer becomes an ApiError with its title and detail. */
export async function get(path) {
  let response;
  try {
    response = await fetch(base + path, { headers: { Accept: "application/json" } });
  } catch (e) {
    throw new ApiError(`Cannot reach the API at ${base || location.origin}: ${e.message}`, 0, null);
  }
  if (response.ok) {
    return response.json();
  }
  let message = `${response.status} ${response.statusText}`;
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    const problem = await response.json();
    message = [problem.title, problem.detail].filter(Boolean).join(": ");
  }
  const retry = Number(response.headers.get("retry-after"));
  throw new ApiError(message, response.status, Number.isFinite(retry) && retry > 0 ? retry : null);
}
