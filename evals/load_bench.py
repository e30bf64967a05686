"""Load benchmark for the web app: N concurrent clients × M questions against a running app.

    python -m evals.load_bench                        # start app.py (real pipeline) on a free port, 20 × 5
    python -m evals.load_bench --url http://127.0.0.1:7860 [--user u:p]   # an app already running
    python -m evals.load_bench --sweep 1,2,4,8        # one run per queue concurrency limit, to pick it
    python -m evals.load_bench --via api              # POST /api/ask instead of the Gradio queue
    python -m evals.load_bench --via api --clients 50 --questions 4 --heavy 10   # under abuse

Each client is a script-like user: its own ``gradio_client.Client`` calling ``/ask`` (which goes
through the Gradio queue, like the chat) or plain httpx on ``/api/ask``. ``--heavy N`` adds N
clients that keep sending the largest request the limits allow (``RAG_MAX_HISTORY_TURNS`` turns of
``RAG_MAX_QUESTION_CHARS``/``RAG_MAX_TURN_CHARS`` characters) to ``/api/ask`` until the normal
clients are done. Prints the normal questions' latency p50/p95/max, throughput, errors (heavy
requests count too) and, for an app started here, the server's RSS before and after; exits 1 on
any error. ``--json`` prints the figures as JSON as well.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Which county received applications in 2024?",
    "2024年哪个县收到了政府信息公开申请？",
    "海原县微信公众号发布多少篇?",
    "盐池县2020年行政许可处理决定数量是多少？",
    "How many posts did Yanchi County's education and sports bureau publish on WeChat in 2020?",
    "神池县教育科技局加强了哪些公开渠道的建设？",
    "兰西县教育体育局通过哪些平台公开政府信息？",
    "渠县2024年主动公开了哪些信息？",
    "What problems did Haiyuan report in its 2024 disclosure work?",
    "北京市2024年收到多少申请？",  # refused: not in the corpus
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))] if values else 0.0


def max_history(limits: Any = None) -> list[dict[str, str]]:
    """The largest history the limits allow: every turn, each at its longest, in varied text
    (earlier questions for the user turns, so each one is really read)."""
    from web.service import Limits

    limits = limits or Limits.from_settings()
    text = "".join(QUESTIONS) * (limits.turn_chars // 100 + 1)
    return [{"role": "user", "content": text[i:i + limits.question_chars]} if i % 2 == 0 else
            {"role": "assistant", "content": text[i:i + limits.turn_chars]} for i in range(limits.history_turns)]


def rss_mb(pid: int | None) -> float | None:
    """Resident memory of a process in MB (Linux /proc), None when unknown."""
    try:
        for row in Path(f"/proc/{pid}/status").read_text().splitlines():
            if row.startswith("VmRSS:"):
                return round(int(row.split()[1]) / 1024, 1)
    except (OSError, ValueError, TypeError):
        pass
    return None


def _headers(user: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(user.encode()).decode()} if user else {}


def run_load(url: str, clients: int = 20, per_client: int = 5, via: str = "gradio", user: str = "",
             timeout: float = 300, heavy: int = 0) -> dict[str, Any]:
    """Every client asks ``per_client`` questions one after another; all clients at once, and
    ``heavy`` more send maximum-size requests to the API until the others are done."""
    import httpx

    latencies: list[float] = []
    heavy_ms: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + heavy)  # connect first, then everyone asks at the same moment
    done = threading.Event()
    history = max_history() if heavy else []
    # encoded once: the client shares the server's cores, so it should not spend them re-encoding
    bodies = [json.dumps({"question": q, "history": history}).encode() for q in QUESTIONS] if heavy else []

    def abuser(k: int) -> None:
        with httpx.Client(timeout=timeout, headers=_headers(user)) as h:
            try:
                start.wait(timeout)
            except threading.BrokenBarrierError:
                return
            i = 0
            while not done.is_set():
                t0 = time.perf_counter()
                try:
                    r = h.post(f"{url}/api/ask", content=bodies[(k + i) % len(bodies)],
                               headers={"content-type": "application/json"})
                    err = None if r.status_code == 200 else f"HTTP {r.status_code} {r.text[:100]}"
                except Exception as e:  # noqa: BLE001
                    err = f"{type(e).__name__}: {e}"
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    (errors.append(f"heavy {k} r{i}: {err}") if err else heavy_ms.append(ms))
                i += 1

    def client(k: int) -> None:
        try:
            if via == "gradio":
                from gradio_client import Client

                c = Client(url, headers=_headers(user) or None, verbose=False, download_files=False,
                           analytics_enabled=False, httpx_kwargs={"timeout": timeout})
                call = lambda q: c.predict(q, api_name="/ask")  # noqa: E731
            else:
                h = httpx.Client(timeout=timeout, headers=_headers(user))

                def call(q: str) -> dict:
                    r = h.post(f"{url}/api/ask", json={"question": q})
                    r.raise_for_status()
                    return r.json()
        except Exception as e:  # noqa: BLE001 - a client that cannot connect is an error to report
            with lock:
                errors.append(f"client {k} connect: {type(e).__name__}: {e}")
            start.abort()
            return
        try:
            start.wait(timeout)
        except threading.BrokenBarrierError:
            return
        for i in range(per_client):
            q = QUESTIONS[(k * per_client + i) % len(QUESTIONS)]
            t0 = time.perf_counter()
            try:
                out = call(q)
                ok = isinstance(out, dict) and isinstance(out.get("answer"), str) and "citations" in out
                err = None if ok else f"bad payload {str(out)[:100]}"
            except Exception as e:  # noqa: BLE001
                err = f"{type(e).__name__}: {e}"
            ms = (time.perf_counter() - t0) * 1000
            with lock:
                (errors.append(f"client {k} q{i}: {err}") if err else latencies.append(ms))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients + heavy) as pool:
        abusers = [pool.submit(abuser, k) for k in range(heavy)]
        list(pool.map(client, range(clients)))
        done.set()
        for f in abusers:
            f.result()
    wall = time.perf_counter() - t0
    n = clients * per_client
    return {"via": via, "clients": clients, "questions_each": per_client, "requests": n, "ok": len(latencies),
            "heavy_clients": heavy, "heavy_requests": len(heavy_ms),
            "heavy_p50_ms": round(percentile(heavy_ms, 50)), "history_bytes": len(bodies[0]) if bodies else 0,
            "errors": len(errors), "error_samples": errors[:5], "wall_s": round(wall, 2),
            "throughput_rps": round(len(latencies) / wall, 2) if wall else 0.0,
            "p50_ms": round(percentile(latencies, 50)), "p95_ms": round(percentile(latencies, 95)),
            "max_ms": round(max(latencies, default=0)), "mean_ms": round(statistics.mean(latencies)) if latencies else 0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """``python app.py`` in a subprocess on a free port, until closed."""

    def __init__(self, pipeline: str, concurrency: int, startup_timeout: float = 900):
        import httpx

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "RAG_HOST": "127.0.0.1", "RAG_PORT": str(self.port), "RAG_AUTH": "",
               "GRADIO_ANALYTICS_ENABLED": "False"}
        self.log = open(os.devnull, "w") if not os.environ.get("LOAD_BENCH_VERBOSE") else None
        self.proc = subprocess.Popen([sys.executable, "app.py", "--pipeline", pipeline, "--concurrency",
                                      str(concurrency)], cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + startup_timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app.py exited with {self.proc.returncode}; rerun with LOAD_BENCH_VERBOSE=1")
            try:
                if httpx.get(f"{self.url}/api/reports", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.close()
                raise RuntimeError("app.py did not start in time")
            time.sleep(0.5)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        if self.log:
            self.log.close()


def line(r: dict[str, Any], label: str = "") -> str:
    heavy = (f" while {r['heavy_clients']} clients sent {r['heavy_requests']} maximum-size histories "
             f"({r['history_bytes'] // 1024} KiB each, p50 {r['heavy_p50_ms']} ms)" if r.get("heavy_clients") else "")
    rss = (f"; server RSS {r['rss_before_mb']} MB before, {r['rss_after_mb']} MB after"
           if r.get("rss_before_mb") is not None else "")
    return (f"{label}{r['clients']} clients × {r['questions_each']} questions via {r['via']}{heavy}: "
            f"{r['ok']}/{r['requests']} ok, {r['errors']} errors; p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, "
            f"max {r['max_ms']} ms; {r['throughput_rps']} answers/s over {r['wall_s']} s{rss}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="an app already running (else app.py is started on a free port)")
    ap.add_argument("--user", default=os.environ.get("RAG_AUTH", ""), help="user:pass if the app has basic auth")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--questions", type=int, default=5, help="questions per client")
    ap.add_argument("--via", choices=("gradio", "api"), default="gradio")
    ap.add_argument("--heavy", type=int, default=0, help="clients sending maximum-size histories to /api/ask meanwhile")
    ap.add_argument("--pipeline", default="rag.pipeline:load", help="for the app started here (module:function)")
    ap.add_argument("--concurrency", type=int, default=None, help="queue limit of the app started here")
    ap.add_argument("--sweep", help="comma-separated queue limits: one app and one run each")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args(argv)

    results = []
    if args.url:
        results.append(run_load(args.url.rstrip("/"), args.clients, args.questions, args.via, args.user,
                                heavy=args.heavy))
        print(line(results[-1]))
    else:
        from web.service import DEFAULT_CONCURRENCY

        limits = [int(x) for x in args.sweep.split(",")] if args.sweep else [args.concurrency or DEFAULT_CONCURRENCY]
        for n in limits:
            print(f"starting app.py --pipeline {args.pipeline} --concurrency {n} …", flush=True)
            app = App(args.pipeline, n)
            try:
                run_load(app.url, 2, 1, args.via, heavy=min(args.heavy, 1))  # warm-up: first-call imports, caches
                before = rss_mb(app.proc.pid)
                r = {"concurrency": n, **run_load(app.url, args.clients, args.questions, args.via, heavy=args.heavy)}
                time.sleep(2)  # let the last responses be freed
                r.update(rss_before_mb=before, rss_after_mb=rss_mb(app.proc.pid))
            finally:
                app.close()
            results.append(r)
            print(line(r, f"concurrency {n}: "), flush=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
