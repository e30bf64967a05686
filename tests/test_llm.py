"""The optional LLM, against a real local HTTP server that speaks the OpenAI chat API (started
here, scripted per test): good answers are used, dishonest ones fall back to the extractive
answer, and a dead server never breaks an answer."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from index.model import Answer


class _Chat(BaseHTTPRequestHandler):
    reply = ""
    requests: list[dict] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        if not self.path.endswith("/chat/completions"):
            self.send_error(404)
            return
        words = [w + " " for w in type(self).reply.split(" ")]
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i, w in enumerate(words):
                chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                         "choices": [{"index": 0, "delta": {"role": "assistant", "content": w} if i == 0 else
                                      {"content": w}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()
            end = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            return
        out = {"id": "c1", "object": "chat.completion", "created": 1, "model": body["model"],
               "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(words).strip()},
                            "finish_reason": "stop"}],
               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(out, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Chat)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()


@pytest.fixture
def llm_pipeline(pipeline, server, seed_data):
    from rag.llm import ChatLLM

    settings = seed_data.model_copy(update={"llm_base_url": server, "llm_model": "test-model", "llm_timeout": 10})
    pipeline.llm = ChatLLM(settings)
    _Chat.requests.clear()
    yield pipeline
    pipeline.llm = None


Q = "盐池县2020年行政许可处理决定数量是多少？"


def test_a_cited_answer_with_backed_numbers_is_used_and_streamed(llm_pipeline):
    _Chat.reply = "盐池县教育体育局2020年行政许可处理决定 228 件 [1]。"
    items = list(llm_pipeline.stream(Q))
    chunks, final = [i for i in items if isinstance(i, str)], items[-1]
    assert len(chunks) > 3 and isinstance(final, Answer)  # words arrived one by one, then the answer
    assert final.text == "盐池县教育体育局2020年行政许可处理决定 228 件 [1]。"
    assert final.citations[0].cell == ("主动公开政府信息情况", "行政许可", "处理决定数量")
    sent = _Chat.requests[-1]
    assert sent["model"] == "test-model" and "行政许可\t3\t0\t228" in sent["messages"][1]["content"]
    assert llm_pipeline.ask(Q).text.endswith("[1]。")  # the non-streaming path uses it too


@pytest.mark.parametrize("reply,why", [
    ("盐池县行政许可处理决定 229 件 [1]。", "numbers no source holds"),
    ("盐池县行政许可处理决定 228 件。", "cites no source"),
    ("盐池县行政许可处理决定 228 件 [7]。", "not given"),
])
def test_a_dishonest_answer_falls_back_to_the_extractive_one(llm_pipeline, reply, why):
    _Chat.reply = reply
    a = llm_pipeline.ask(Q)
    assert "228" in a.text and "229" not in a.text and "[7]" not in a.text
    assert any(why in w.message for w in a.warnings)


def test_refusals_never_reach_the_llm(llm_pipeline):
    _Chat.reply = "北京市海淀区收到 12 件 [1]。"
    a = llm_pipeline.ask("北京市海淀区教育委员会2024年收到多少申请？")
    assert a.refused and "12" not in a.text and _Chat.requests == []


def test_a_dead_server_still_gets_an_answer(pipeline, seed_data):
    from rag.llm import ChatLLM

    pipeline.llm = ChatLLM(seed_data.model_copy(update={"llm_base_url": "http://127.0.0.1:9/v1", "llm_model": "x",
                                                        "llm_timeout": 3}))
    try:
        a = pipeline.ask(Q)
    finally:
        pipeline.llm = None
    assert "228" in a.text and any("chat API failed" in w.message for w in a.warnings)
