"""Deterministic stand-ins for the tests (no model, no randomness, instant)."""

from __future__ import annotations

import hashlib
import math


class FakeEmbedder:
    """Hashed character unigrams + bigrams, L2-normalised.

    Characters, not words, because Chinese has no spaces: texts sharing characters and
    two-character words ("公开", "信息") come out close, as a real model would put them.
    The hash is blake2b, not ``hash()``, so vectors are the same in every process.
    """

    name = "fake-hash-256"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vector(self, text: str) -> list[float]:
        chars = [c for c in text.lower() if not c.isspace()]
        grams = chars + [a + b for a, b in zip(chars, chars[1:])]
        v = [0.0] * self.dim
        for g in grams:
            h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
            v[h % self.dim] += 1.0
        norm = math.sqrt(sum(x * x for x in v))
        if norm == 0:  # empty text: still a unit vector, so cosine stays defined
            v[0], norm = 1.0, 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)
