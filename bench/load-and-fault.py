#!/usr/bin/env python3
"""Readers on every read endpoint while writers post, replace and delete, then kill -9, restart and check.

Loopback only and bounded in time. After each kill the checker asks the restarted service for every article an
acknowledged write touched: an acknowledged create or replace must be there exactly once with that text (or the
text of a write that overlapped it in time, or was in flight at the kill), with all its facts; an acknowledged
delete must be gone (unless such a write says otherwise). While the
load runs, every read must be 200, 304 or 404, and nothing half-written may be visible: an article's paragraphs
are slices of its text, and the facts of a version name only spans of that version's text.

    bench/load-and-fault.py --short                   CI: 20 s of load, one kill (H2)
    bench/load-and-fault.py                           full: 3 rounds of 90 s, a kill after each
    bench/load-and-fault.py --postgres JDBC_URL       the same on PostgreSQL (user and password from
                                                      ARTICLE_FACTS_TEST_POSTGRES_USER / _PASSWORD)
Needs target/article-facts.jar. Prints a summary table; exits 1 on any violation.
"""
import argparse, collections, json, os, random, signal, subprocess, sys, tempfile, threading, time, uuid
import urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "load-and-fault-key"
READS = ["", "/paragraphs", "/entities", "/dates", "/events", "/attributions", "/facts"]
WORDS = ("army shelled town rebels advanced Aleppo Homs Kurdish fighters said monitor Monday Tuesday regime "
         "forces airstrike village police Kyiv Goma Sudan talks delegation").split()


def request(port, method, path, body=None, content_type="text/plain; charset=UTF-8", headers=None, timeout=60):
    data = body.encode("utf-8") if body is not None else None
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", content_type)
    if method != "GET":
        req.add_header("X-API-Key", KEY)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


class Service:
    def __init__(self, jar, workdir, datasource, port):
        self.jar, self.workdir, self.datasource, self.port = jar, workdir, datasource, port
        self.process = None

    def start(self):
        seeds = os.path.join(self.workdir, "seeds")
        os.makedirs(seeds, exist_ok=True)
        log = open(os.path.join(self.workdir, f"service-{int(time.time())}.log"), "w")
        command = ["java", "-Xmx2g", "-jar", self.jar, f"--server.port={self.port}",
                   f"--article-facts.api-key={KEY}", f"--article-facts.ingest.seed-dir={seeds}",
                   "--article-facts.writes-per-minute=100000", "--logging.level.root=WARN"] + self.datasource
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the service exited while starting; see {log.name}")
            try:
                if request(self.port, "GET", "/actuator/health/readiness", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        sys.exit("the service did not become ready in 180 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


class Journal:
    """What the writers sent and what the service acknowledged, per article."""

    def __init__(self):
        self.lock = threading.Lock()
        self.versions = {}              # title -> body text of that version (every version ever sent)
        self.acknowledged = {}          # article id -> text, or None once deleted
        # article id -> [sent, acknowledged (None while in flight or if never answered), text or None for a delete]
        self.ops = collections.defaultdict(list)
        self.created_titles = {}        # title of an acknowledged create -> article id
        self.writes = collections.Counter()

    def owned(self):
        with self.lock:
            return [i for i, text in self.acknowledged.items() if text is not None]


def article_text(title):
    body = " ".join(random.choice(WORDS) for _ in range(random.randint(8, 40)))
    return f"{title}\n\nThe {body}, the monitor said on Monday.\n"


def writer(port, journal, deadline, stop):
    while time.time() < deadline and not stop.is_set():
        owned = journal.owned()
        action = random.choices(["post", "put", "delete"], [5, 3, 1] if owned else [1, 0, 0])[0]
        title = f"Load {uuid.uuid4().hex[:12]}"
        text = article_text(title)
        with journal.lock:
            journal.versions[title] = text
        try:
            if action == "post":
                sent = time.monotonic()
                status, body = request(port, "POST", "/api/articles", text)
                if status == 201:
                    article_id = json.loads(body)["id"]
                    with journal.lock:
                        journal.acknowledged[article_id] = text
                        journal.created_titles[title] = article_id
                        journal.ops[article_id].append([sent, time.monotonic(), text])
            else:
                article_id = random.choice(owned)
                op = [time.monotonic(), None, text if action == "put" else None]
                with journal.lock:
                    journal.ops[article_id].append(op)
                if action == "put":
                    status, body = request(port, "PUT", f"/api/articles/{article_id}", text)
                else:
                    status, body = request(port, "DELETE", f"/api/articles/{article_id}")
                with journal.lock:
                    if status in (200, 204):
                        op[1] = time.monotonic()
                        journal.acknowledged[article_id] = op[2]
                    else:
                        journal.ops[article_id].remove(op)  # refused: it changed nothing
            with journal.lock:
                journal.writes[f"{action} {status}"] += 1
        except OSError:
            with journal.lock:
                journal.writes[f"{action} no answer"] += 1  # the kill, or a timeout: not acknowledged


def outcomes(ops):
    """What an article may hold now: what its last acknowledged write left, or what a write that overlapped it in
    time left (the service may have committed them in either order), or what a write in flight at the kill left."""
    acknowledged = [op for op in ops if op[1] is not None]
    last = max(acknowledged, key=lambda op: op[1])
    possible = {last[2]}
    for op in ops:
        if op is not last and (op[1] is None or (op[0] < last[1] and op[1] > last[0])):
            possible.add(op[2])
    return possible


def consistent(journal, article, facts):
    """Nothing half-written: paragraphs slice the text; the facts' spans slice the text of their own version."""
    problems = []
    if article is not None:
        text = article["text"]
        for paragraph in article["paragraphs"]:
            if text[paragraph["start"]:paragraph["end"]] != paragraph["text"]:
                problems.append(f"article {article['id']}: paragraph {paragraph['number']} is not its slice")
    if facts is not None:
        with journal.lock:
            version = journal.versions.get(facts["title"])
        if version is None:
            return problems  # the seed, or an article this run did not write
        spans = [m for e in facts["entities"] for m in e["mentions"]] + facts["dates"]
        spans += [e["evidence"] for e in facts["events"]]
        for span in spans:
            if version[span["start"]:span["end"]] != span["text"]:
                problems.append(f"article {facts['articleId']}: a span of its facts is not in its text")
                break
    return problems


def reader(port, journal, deadline, stop, counts, violations):
    while time.time() < deadline and not stop.is_set():
        owned = journal.owned() or [1]
        article_id = random.choice(owned)
        path = random.choice([f"/api/articles/{article_id}{r}" for r in READS] +
                             ["/api/articles?size=50", "/api/entities?q=aleppo", "/api/events?size=20"])
        try:
            status, body = request(port, "GET", path, timeout=30)
        except OSError:
            counts["no answer"] += 1
            continue
        counts[status] += 1
        if status not in (200, 304, 404):
            violations.append(f"GET {path} answered {status}: {body[:200]!r}")
        elif status == 200 and path == f"/api/articles/{article_id}":
            violations.extend(consistent(journal, json.loads(body), None))
        elif status == 200 and path.endswith("/facts"):
            violations.extend(consistent(journal, None, json.loads(body)))


def check_after_restart(port, journal):
    violations, found = [], 0
    with journal.lock:
        possible = {article_id: outcomes(ops) for article_id, ops in journal.ops.items() if ops}
    for article_id, texts in possible.items():
        status, body = request(port, "GET", f"/api/articles/{article_id}")
        if status == 404:
            if None not in texts:
                violations.append(f"article {article_id}: acknowledged but answered 404")
            continue
        if status != 200:
            violations.append(f"article {article_id}: answered {status}")
            continue
        stored = json.loads(body)
        if stored["text"] not in texts:
            violations.append(f"article {article_id}: its text is not what an acknowledged or overlapping write left")
            continue
        status, facts = request(port, "GET", f"/api/articles/{article_id}/facts")
        if status != 200:
            violations.append(f"article {article_id}: facts answered {status}")
            continue
        violations.extend(consistent(journal, stored, json.loads(facts)))
        found += 1
    titles = collections.Counter()
    page = 0
    while True:
        status, body = request(port, "GET", f"/api/articles?size=100&page={page}")
        listing = json.loads(body)
        titles.update(summary["title"] for summary in listing["content"])
        page += 1
        if page >= listing["page"]["totalPages"]:
            break
    with journal.lock:
        created = dict(journal.created_titles)
    for title in created:
        if titles[title] > 1:
            violations.append(f"'{title}' is stored {titles[title]} times")
    return found, violations


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="CI: one short round")
    parser.add_argument("--postgres", metavar="JDBC_URL", help="run on this PostgreSQL database")
    parser.add_argument("--port", type=int, default=18180)
    args = parser.parse_args()
    rounds, seconds, writers, readers = (1, 20, 3, 4) if args.short else (3, 90, 4, 6)
    jar = os.path.join(ROOT, "target", "article-facts.jar")
    if not os.path.exists(jar):
        sys.exit("target/article-facts.jar is missing: run ./mvnw -B -DskipTests package first")
    workdir = tempfile.mkdtemp(prefix="article-facts-fault.")
    if args.postgres:
        schema = "lf_" + uuid.uuid4().hex[:12]
        separator = "&" if "?" in args.postgres else "?"
        datasource = [f"--spring.datasource.url={args.postgres}{separator}currentSchema={schema}",
                      f"--spring.datasource.username={os.environ.get('ARTICLE_FACTS_TEST_POSTGRES_USER', 'articlefacts')}",
                      f"--spring.datasource.password={os.environ.get('ARTICLE_FACTS_TEST_POSTGRES_PASSWORD', 'articlefacts')}",
                      f"--spring.flyway.schemas={schema}", f"--spring.flyway.default-schema={schema}",
                      f"--spring.jpa.properties.hibernate.default_schema={schema}"]
        database = "PostgreSQL"
    else:
        datasource = [f"--spring.datasource.url=jdbc:h2:file:{workdir}/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000"]
        database = "H2"
    service = Service(jar, workdir, datasource, args.port)
    journal = Journal()
    reads, violations, rows = collections.Counter(), [], []
    service.start()
    # One write before the load: the first extraction loads the language models, which takes a while.
    title = f"Load {uuid.uuid4().hex[:12]}"
    warm = article_text(title)
    journal.versions[title] = warm
    status, body = request(args.port, "POST", "/api/articles", warm, timeout=300)
    if status != 201:
        sys.exit(f"the first write answered {status}: {body[:300]!r}")
    journal.acknowledged[json.loads(body)["id"]] = warm
    journal.created_titles[title] = json.loads(body)["id"]
    journal.ops[json.loads(body)["id"]].append([0.0, 0.0, warm])
    journal.writes["post 201"] += 1
    for round_number in range(1, rounds + 1):
        deadline = time.time() + seconds
        stop = threading.Event()
        threads = [threading.Thread(target=writer, args=(args.port, journal, deadline + 60, stop)) for _ in range(writers)]
        threads += [threading.Thread(target=reader, args=(args.port, journal, deadline, stop, reads, violations))
                    for _ in range(readers)]
        for thread in threads:
            thread.start()
        time.sleep(max(0, deadline - time.time()))
        service.kill()  # writers are still writing: what was in flight is not acknowledged
        stop.set()
        for thread in threads:
            thread.join()
        service.start()
        found, missing = check_after_restart(args.port, journal)
        violations.extend(missing)
        with journal.lock:
            acknowledged = sum(v for k, v in journal.writes.items() if k.split()[1] in ("200", "201", "204"))
        rows.append((round_number, acknowledged, found, len(missing)))
    service.kill()

    print(f"## Load and fault on {database} ({'short' if args.short else 'full'}: {rounds} x {seconds} s, "
          f"{writers} writers, {readers} readers)")
    print()
    print("| reads by status | writes by status |")
    print("| --- | --- |")
    print(f"| {dict(sorted(reads.items(), key=str))} | {dict(sorted(journal.writes.items()))} |")
    print()
    print("| kill | writes acknowledged so far | articles found as acknowledged | violations |")
    print("| ---: | ---: | ---: | ---: |")
    for row in rows:
        print("| {} | {} | {} | {} |".format(*row))
    for violation in violations[:20]:
        print("VIOLATION:", violation)
    print(f"{len(violations)} violations; work files in {workdir}")
    sys.exit(1 if violations else 0)


if __name__ == "__main__":
    main()
