"""Public page speed: requests per second and p50/p99 latency of the portal's pages under
gunicorn with production settings, against nginx serving a static copy of the home page and
a trivial Django "hello" view (the same middleware) measured in the same run.

    .venv/bin/python bench/pages_bench.py [--duration 3] [--rounds 3] [--code-root DIR]

Creates the PostgreSQL database ankkuri_bench_pages at 127.0.0.1:5432 (dropped at the end),
migrates it and loads the demo, collects the static files under var/bench/, and starts on
loopback: gunicorn (2 sync workers) with the page cache off ("cold": every request renders,
the site chrome is still cached), a second gunicorn with it on ("cached"), both on Redis
database 6, and nginx (Debian's, with its own config under var/bench/nginx). Each target is
loaded with wrk (-t2 -c8) for --duration seconds, alternating the targets, --rounds times;
the median of the rounds is printed with the ratios to nginx and to the hello view, the SQL
queries of one uncached render of each page and the load average. Without wrk a simple
Python load generator is used (much slower: compare ratios only within one run).
Every process it starts runs in its own process group and is stopped at the end, also on
Ctrl-C or an error. --code-root serves another checkout (e.g. an older commit exported
with `git archive`) with this script and its settings, to measure "before" and "after".
"""

import argparse
import datetime
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DATABASE = "ankkuri_bench_pages"
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/6"
LAST_YEAR = datetime.date.today().year - 1

PAGES = [
    ("home", "/fi/"),
    ("handbook section", "/fi/kasikirja/2/2-3/2-3-6/"),
    ("team directory", "/fi/teams/"),
    ("team page", "/fi/teams/helsinki/"),
    ("partner directory", "/fi/partners/"),
    ("search", "/fi/search/?q=nuori"),
    ("public statistics", f"/fi/reports/statistics/{LAST_YEAR}/"),
    ("API listing", "/api/v2/pages/?locale=fi"),
]

NGINX_CONF = """
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
user {user};
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/html;
        location / {{ default_type text/html; try_files /index.html =404; }}
    }}
}}
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Processes:
    """Everything started here, each in its own process group, stopped in reverse order."""

    def __init__(self):
        self.started = []

    def start(self, name, command, **kwargs):
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.started.append((name, process))
        return process

    def stop_all(self):
        for _name, process in reversed(self.started):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        deadline = time.monotonic() + 10
        for _name, process in reversed(self.started):
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait()
        self.started = []


def run(command, env, cwd, quiet=True):
    subprocess.run(
        command,
        env=env,
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def psql(sql):
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def wait_for(port, path="/", timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path, headers={"Host": "localhost"})
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answers on port {port}")


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "localhost"})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


# --- load generation --------------------------------------------------------------------------


def parse_duration_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def load_with_wrk(url, duration):
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "-H", "Host: localhost", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 30,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = parse_duration_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = parse_duration_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses")
    return rps, p50, p99


def load_with_python(url, duration):
    """8 connections in threads, as wrk -c8 (the GIL makes this the slower client)."""
    host, port_path = url.removeprefix("http://").split(":", 1)
    port, path = port_path.split("/", 1)
    latencies = []
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def worker():
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        mine = []
        while time.monotonic() < stop_at:
            start = time.perf_counter()
            connection.request("GET", "/" + path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            if response.status >= 400:
                raise RuntimeError(f"{url}: {response.status}")
            mine.append((time.perf_counter() - start) * 1000)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return (
        len(latencies) / duration,
        latencies[len(latencies) // 2],
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    )


# --- set-up -------------------------------------------------------------------------------------


def prepare(code_root, env):
    print(f"Creating {DATABASE}, migrating and loading the demo ...", flush=True)
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    python = str(VENV_BIN / "python")
    run([python, "manage.py", "migrate", "--noinput", "-v0"], env, code_root)
    run([python, "manage.py", "load_demo"], env, code_root)
    run(
        [python, "manage.py", "compilemessages", "--ignore=.venv", "--ignore=var", "-v0"],
        env,
        code_root,
    )
    run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env, code_root)


def count_queries(code_root, env):
    """SQL queries of one uncached render of each page (after one that warms the chrome)."""
    script = (
        "import json, django\n"
        "django.setup()\n"
        "from django.conf import settings\n"
        "settings.PAGE_CACHE_ENABLED = False\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client(SERVER_NAME='localhost')\n"
        "counts = {}\n"
        f"for name, path in {PAGES!r}:\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as captured:\n"
        "        status = client.get(path).status_code\n"
        "    counts[name] = len(captured) if status == 200 else f'HTTP {status}'\n"
        "print(json.dumps(counts))\n"
    )
    output = subprocess.run(
        [str(VENV_BIN / "python"), "-c", script],
        env={**env, "ALLOWED_HOSTS": "*"},
        cwd=code_root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    import json

    return json.loads(output.strip().splitlines()[-1])


def start_gunicorn(processes, name, code_root, env, page_cache):
    port = free_port()
    processes.start(
        name,
        [
            str(VENV_BIN / "gunicorn"),
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--chdir",
            str(code_root),
            "--log-level",
            "warning",
        ],
        env={**env, "PAGE_CACHE_ENABLED": "1" if page_cache else "0"},
        cwd=code_root,
    )
    wait_for(port, "/bench-hello/")
    return port


def start_nginx(processes, cold_port):
    prefix = ROOT / "var" / "bench" / "nginx"
    shutil.rmtree(prefix, ignore_errors=True)
    (prefix / "html").mkdir(parents=True)
    (prefix / "tmp").mkdir()
    status, _headers, body = fetch(cold_port, "/fi/")
    assert status == 200, status
    (prefix / "html" / "index.html").write_bytes(body)
    port = free_port()
    user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
    conf = prefix / "nginx.conf"
    conf.write_text(NGINX_CONF.format(prefix=prefix, port=port, user=user))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    processes.start("nginx", [nginx, "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"])
    wait_for(port)
    return port


# --- report -------------------------------------------------------------------------------------


def median_figures(rounds):
    return (
        statistics.median(r[0] for r in rounds),
        statistics.median(r[1] for r in rounds),
        statistics.median(r[2] for r in rounds),
    )


def report(results, queries, load_before, load_after, client):
    nginx_rps = median_figures(results["nginx static"])[0]
    hello_rps = median_figures(results["hello view"])[0]
    print()
    print(f"Load generator: {client}; load average before {load_before}, after {load_after}")
    header = (
        f"{'target':<32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'% nginx':>8} {'% hello':>8} {'SQL':>4}"
    )
    print(header)
    print("-" * len(header))
    for target, rounds in results.items():
        rps, p50, p99 = median_figures(rounds)
        page = target.rsplit(" (", 1)[0]
        sql = queries.get(page, "")
        print(
            f"{target:<32} {rps:>9.1f} {p50:>8.2f} {p99:>8.2f} "
            f"{100 * rps / nginx_rps:>7.2f}% {100 * rps / hello_rps:>7.1f}% {sql!s:>4}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=3, help="seconds per measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code-root", type=Path, default=ROOT)
    args = parser.parse_args()
    code_root = args.code_root.resolve()
    var = ROOT / "var" / "bench"
    var.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        # The checkout served first, then this script's bench/ (settings, hello view).
        "PYTHONPATH": os.pathsep.join([str(code_root), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"{PG_SERVER}/{DATABASE}",
        "CACHE_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": "bench",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "STATIC_ROOT": str(var / "static"),
        "MEDIA_ROOT": str(var / "media"),
        "VAR_DIR": str(var),
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "ERROR",
    }
    use_wrk = shutil.which("wrk") is not None
    load = load_with_wrk if use_wrk else load_with_python
    if not use_wrk:
        print("wrk not found (apt-get install wrk): using the Python load generator.")

    processes = Processes()

    def on_signal(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    started = time.monotonic()
    try:
        flush_redis()
        prepare(code_root, env)
        queries = count_queries(code_root, env)
        cold = start_gunicorn(processes, "gunicorn cold", code_root, env, page_cache=False)
        cached = start_gunicorn(processes, "gunicorn cached", code_root, env, page_cache=True)
        nginx = start_nginx(processes, cold)
        targets = [
            ("nginx static", f"http://127.0.0.1:{nginx}/"),
            ("hello view", f"http://127.0.0.1:{cold}/bench-hello/"),
        ]
        for name, path in PAGES:
            targets.append((f"{name} (cold)", f"http://127.0.0.1:{cold}{path}"))
            targets.append((f"{name} (cached)", f"http://127.0.0.1:{cached}{path}"))
        for _target, url in targets:  # warm every worker's imports and the caches
            port, path = url.removeprefix("http://127.0.0.1:").split("/", 1)
            for _ in range(4):
                status, _headers, _body = fetch(int(port), "/" + path)
                if status != 200:
                    raise RuntimeError(f"{url}: HTTP {status}")
        load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
        results = {name: [] for name, _url in targets}
        for number in range(args.rounds):
            print(f"Round {number + 1}/{args.rounds} ...", flush=True)
            for name, url in targets:
                results[name].append(load(url, args.duration))
        load_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
        report(results, queries, load_before, load_after, "wrk -t2 -c8" if use_wrk else "python")
    finally:
        processes.stop_all()
        try:
            psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            flush_redis()
        except Exception as error:  # noqa: BLE001 (report, but still leave nothing behind)
            print(f"Clean-up: {error}", file=sys.stderr)
        print(f"Done in {time.monotonic() - started:.0f} s; every started process stopped.")


if __name__ == "__main__":
    main()
