#!/usr/bin/env bash
# Checks the service's contract with clients nobody here wrote, against the built jar (./mvnw -B verify builds it):
# Redocly CLI lints the served OpenAPI description (recommended rules, no error and no warning allowed),
# openapi-typescript generates a client from it, tsc --strict type-checks our use of that client, and Node's test
# runner uses it against the running service; headless Chromium then calls the API from another origin and drives
# the reading page at / (page.test.mjs, with axe-core; screenshots in target/page-screenshots).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
jar="$root/target/article-facts.jar"
[ -f "$jar" ] || { echo "contract: $jar is missing; build it with ./mvnw -B -DskipTests package" >&2; exit 1; }
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "${CHROMIUM:-$tool}" ] || [ -x "$tool" ] || { echo "contract: $tool is missing (apt-get install chromium chromium-driver)" >&2; exit 1; }
done
# the locked tools, installed unless every one of them is already there
for tool in redocly openapi-typescript tsc; do
  [ -x "node_modules/.bin/$tool" ] || { npm ci --no-audit --no-fund; break; }
done

port=${CONTRACT_PORT:-18091}
work=$(mktemp -d)
export ARTICLE_FACTS_URL="http://localhost:$port"
export ARTICLE_FACTS_API_KEY="contract-$RANDOM$RANDOM"
mkdir -p "$work/seeds" build
cp "$root"/seeds/* "$work/seeds/"
(cd "$work" && exec java -jar "$jar" --server.port="$port" >"$work/app.log" 2>&1) &
app=$!
# (the service ends killed: its status is not the run's)
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  curl -sf "$ARTICLE_FACTS_URL/actuator/health/readiness" >/dev/null && break
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; echo "contract: the service exited" >&2; exit 1; }
  sleep 1
done
curl -sf "$ARTICLE_FACTS_URL/actuator/health/readiness" >/dev/null || { tail -50 "$work/app.log"; exit 1; }

curl -sf "$ARTICLE_FACTS_URL/v3/api-docs" -o build/openapi.json
echo "== Redocly lint of the served description"
npx --no-install redocly lint build/openapi.json --config redocly.yaml
echo "== TypeScript client generated from it, type-checked with tsc --strict"
npx --no-install openapi-typescript build/openapi.json -o src/generated/schema.d.ts
npx --no-install tsc -p tsconfig.json
echo "== The generated client and a browser on another origin against the running service"
node --test build/client.test.js browser-cors.test.mjs page.test.mjs
