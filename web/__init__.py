"""The web front end: the Gradio UI (``web.ui``), the HTTP API with the UI mounted (``web.api``),
HTML rendering of answers and reports (``web.render``), the shared, guarded pipeline
(``web.service``), loading and serving (``web.serve``) and a deterministic stand-in pipeline for
tests and UI work (``web.fake``). ``app.py`` wires them together.

Nothing here imports gradio or the answering system at import time, so importing is cheap.
"""
