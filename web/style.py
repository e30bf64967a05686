"""The page's own CSS and the script in its head (set beside Gradio's theme by ``web.api``)."""

CSS = """
.rag-sources{font-size:14px;line-height:1.5;margin:.25em 0}
.rag-cites>summary{margin:.2em 0 .4em}
.rag-source{border-left:3px solid #9ab;padding:.2em .6em;margin:.5em 0}
.rag-src-head{font-weight:600}.rag-src-meta{color:#666;font-size:12px}
.rag-context{white-space:pre-wrap;background:#fafafa;padding:.4em;border-radius:4px}
.rag-sources mark{background:#ffe58f;padding:0 1px}
.rag-cell,.rag-facts,.rag-summary{border-collapse:collapse;margin:.3em 0;font-size:13px}
.rag-cell td,.rag-cell th,.rag-facts td,.rag-facts th,.rag-summary td,.rag-summary th
{border:1px solid #ccc;padding:2px 6px}
.rag-warn{background:#fff7e6;border:1px solid #ffd591;padding:.3em .6em;margin:.3em 0;border-radius:4px}
.rag-error{color:#a8071a}.rag-tree ul{margin:0 0 0 1.2em;padding:0}.rag-tree li{list-style:none}
.rag-tree .rag-body{white-space:pre-wrap;color:#444;font-size:13px;margin:.2em 0 .4em 1em}
#chatbot .message-content>.md{white-space:pre-wrap}
/* WCAG AA contrast (4.5:1): Gradio's orange (#f97316) carries white text at 2.8:1, its light greys 1.9:1 */
:root,.dark{--color-accent:#c2410c;--color-accent-soft:#fff7ed;--button-primary-background-fill:#c2410c;
--button-primary-background-fill-hover:#9a3412;--button-primary-text-color:#fff;--button-primary-border-color:#c2410c}
.tab-container button.selected,button[role=tab].selected{color:#9a3412}
footer,footer a,footer button,.show-api,.or{color:#4b5563 !important}
/* a phone (390x844): the question box in view without scrolling */
@media (max-width:640px){#chatbot{height:40vh !important;min-height:0 !important}
#header h1{font-size:1.15em;margin:0}#header p{font-size:12px;margin:.2em 0}}
.rag-facts-wrap{overflow-x:auto;max-width:100%}
.rag-chart{margin:.4em 0;max-width:560px}.rag-chart figcaption{font-size:13px;color:#374151}
.rag-chart ul{margin:.2em 0;padding:0}.rag-chart li{list-style:none;display:flex;align-items:center;gap:.4em;
font-size:13px;margin:2px 0}.rag-bar-label{flex:0 0 9em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.rag-track{flex:1 1 auto;min-width:4em}.rag-bar{display:block;height:.9em;background:#2563eb;border-radius:2px}
.rag-bar-value{white-space:nowrap}
.rag-hidden{display:none !important}.rag-target>summary{background:#fff7ed}
.rag-open{font-size:12px;font-weight:400;margin-left:.5em;border:1px solid #52657a;border-radius:4px;padding:0 .4em}
.rag-filters{font-size:13px;margin:.2em 0}.rag-chip{display:inline-block;border:1px solid #52657a;border-radius:10px;
padding:0 .5em;margin:0 .25em;background:#eef3f8;color:#1f2d3d}
"""


# The page is Chinese first; and a div Gradio labels must have a role for its label to count (axe-core:
# aria-prohibited-attr on the empty upload box). Run on load and as Gradio adds elements.
HEAD = """<script>
document.documentElement.lang = "zh-CN";
(function () {
  function fix() {
    if (document.documentElement.lang !== "zh-CN") document.documentElement.lang = "zh-CN";
    document.querySelectorAll("div[aria-label]:not([role])").forEach(function (d) { d.setAttribute("role", "group"); });
    var target = document.querySelector("#sections .rag-target:not([data-shown])");
    if (target) { target.setAttribute("data-shown", "1"); target.scrollIntoView({block: "center"}); }
    // the newest question is held at the top of the chat while its answer streams in below it, so
    // the answer is read from its first line (following the stream to the bottom scrolled a long
    // answer's lead away); until the reader scrolls the chat themselves
    var asked = document.querySelectorAll("#chatbot [data-testid=user]");
    held = Math.min(held, asked.length);
    var last = asked[asked.length - 1];
    if (last && held < asked.length) {
      var box = last.parentElement;
      while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)))
        box = box.parentElement;
      // below the label Gradio lays over the top of the chat ("对话 / Conversation")
      if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 44;
    }
  }
  var held = 0;  // questions the reader has taken the scrolling over from
  ["wheel", "touchmove", "keydown"].forEach(function (t) {
    document.addEventListener(t, function (e) {
      if (e.target.closest && e.target.closest("#chatbot"))
        held = document.querySelectorAll("#chatbot [data-testid=user]").length;
    }, {passive: true});
  });
  new MutationObserver(fix).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                                              attributeFilter: ["lang", "aria-label"]});
  document.addEventListener("DOMContentLoaded", fix);
  // a dropdown left by the keyboard (Tab) closes, as one left by the mouse does: Gradio keeps it open
  document.addEventListener("focusin", function (e) {
    setTimeout(function () {  // after Gradio's own handlers have run
      document.querySelectorAll("input[role=combobox][aria-expanded=true]").forEach(function (c) {
        var list = document.getElementById(c.getAttribute("aria-controls"));
        if (c !== document.activeElement && !(list && list.contains(document.activeElement)))
          c.dispatchEvent(new FocusEvent("blur"));
      });
    }, 0);
  });
  document.addEventListener("click", function (e) {
    var o = e.target.closest && e.target.closest(".rag-open");
    if (o) {  // a citation: the Reports tab at its report and section (through the hidden #open-at)
      var box = document.querySelector("#open-at textarea");
      box.value = o.dataset.report + "|" + o.dataset.at + "|" + Date.now();
      box.dispatchEvent(new Event("input", {bubbles: true}));
      setTimeout(function () { document.querySelector("#open-go").click(); }, 50);
      return;
    }
    var b = e.target.closest && e.target.closest(".rag-copy");
    if (!b) return;
    var done = function () { b.textContent = "已复制 / Copied"; };
    if (navigator.clipboard) { navigator.clipboard.writeText(b.dataset.md).then(done); return; }
    var t = document.createElement("textarea");  // plain http off this machine: no clipboard API
    t.value = b.dataset.md; document.body.appendChild(t); t.select();
    if (document.execCommand("copy")) done();
    t.remove();
  });
})();
</script>"""
