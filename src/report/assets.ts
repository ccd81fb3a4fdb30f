/**
 * The report's inline style sheet and client script, as strings: the page must work opened from
 * disk with no network, so nothing is linked. Chinese text uses the system's CJK fonts.
 */

export const STYLE = `
:root{--fg:#1d2330;--muted:#5d6675;--line:#dde2ea;--bg:#f6f7f9;--card:#fff;
--title:#e9ddff;--title-b:#7c4dcc;--sec:#d9ecff;--sec-b:#2f6fb3;--mea:#fff1c2;--mea-b:#d29b00;
--goal:#c9f0d3;--goal-b:#1c8a3c;--status:#d4f1f4;--status-b:#138293;--diag:#e8590c;--sel:#ff4f8b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
a{color:#1f5fa8}
h1{font-size:1.3rem;margin:0 0 .3rem;word-break:break-all}
h2{font-size:1.25rem;margin:0}
h2 a{color:inherit;text-decoration:none}
h3{font-size:1rem;margin:.2rem 0 .5rem}
.top{padding:1rem 1.2rem .6rem;background:var(--card);border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:.2rem 0;font-size:.88rem;word-break:break-all}
.muted{color:var(--muted);font-size:.85em}
.mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em}
.legend{margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.4rem;font-size:.85rem}
.legend .pc{padding:0 .35rem}
.docnav ol{margin:.3rem 0;padding-left:1.4rem}
.warn{background:#fff4e5;border:1px solid #f0b46a;border-radius:6px;padding:.5rem .8rem;margin:.5rem 0}
ul.warn{padding-left:1.8rem}
.empty,.hint{color:var(--muted);font-style:italic}
main{padding:.8rem;max-width:1680px;margin:0 auto}
.doc{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:0 0 1.2rem;padding:1rem}
.dochead{border-bottom:1px solid var(--line);padding-bottom:.5rem;margin-bottom:.7rem}
.chips{margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.3rem}
.chip{background:#eef1f5;border-radius:999px;padding:0 .6rem;font-size:.82rem}
.policies span{display:inline-block;margin-right:.5rem;font-size:.88rem;color:var(--muted)}
.grid{display:grid;grid-template-columns:minmax(200px,250px) minmax(0,1fr) minmax(240px,320px);gap:1rem;align-items:start}
.outline{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;font-size:.86rem;border-right:1px solid var(--line);padding-right:.5rem}
.outline summary{font-weight:600;cursor:pointer}
.tree,.tree ul{list-style:none;margin:0;padding-left:.8rem}
.tree{padding-left:0}
.tree li{margin:.15rem 0}
.tree a{text-decoration:none;color:var(--fg);display:block;border-radius:4px;padding:0 .25rem;overflow:hidden;text-overflow:ellipsis}
.tree a:hover,.tree a.on{background:#eef1f5}
.o-s>a{font-weight:600;border-left:3px solid var(--sec-b)}
.o-s.implicit>a{font-weight:500;border-left-style:dashed}
.o-m>a{color:#4a4f59;border-left:3px solid var(--mea-b)}
.source{min-width:0;font-size:1rem;line-height:1.9}
.ln{position:relative;padding-left:3.2rem;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.9em}
.ln::before{content:attr(data-n);position:absolute;left:0;width:2.6rem;text-align:right;color:#a3abb8;font:12px/2.4 ui-monospace,Menlo,Consolas,monospace;user-select:none}
.ln.blank{min-height:.6em;line-height:.6}
.ln.blank::before{content:none}
.gap{color:var(--muted);font-size:.82rem;text-align:center;border-top:1px dashed var(--line);border-bottom:1px dashed var(--line);margin:.5rem 0 .5rem 3.2rem;padding:.15rem}
.pc{cursor:pointer;border-radius:2px}
.k-measure{background:var(--mea)}
.k-measure.m-start{box-shadow:inset 3px 0 0 var(--mea-b);padding-left:3px}
.k-section{background:var(--sec);font-weight:600;box-shadow:inset 0 -2px 0 var(--sec-b)}
.k-section.v-implicit{font-weight:inherit;box-shadow:inset 0 -2px 0 var(--sec-b)}
.k-title{background:var(--title);font-weight:700;box-shadow:inset 0 -2px 0 var(--title-b)}
.k-target{background:var(--goal);box-shadow:inset 0 0 0 1.5px var(--goal-b);font-weight:600;padding:0 1px}
.k-target.v-status{background:var(--status);box-shadow:inset 0 0 0 1.5px var(--status-b)}
.k-diagnostic{text-decoration:underline wavy var(--diag);text-decoration-thickness:1.5px;text-underline-offset:4px}
.pin::before{content:"\\25BE";color:var(--diag)}
.anchor{scroll-margin-top:40vh}
.pc[id]{scroll-margin-top:40vh}
.pc.hover{filter:brightness(.93)}
.pc.sel{outline:2px solid var(--sel);outline-offset:1px}
.details{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;border:1px solid var(--line);border-radius:8px;padding:.7rem;background:#fbfcfd;font-size:.88rem}
.details h4{margin:0 0 .15rem;font-size:.95rem}
.details .kind{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:#6b7280;border-radius:4px;padding:0 .35rem}
.details .kind.t-goal{background:var(--goal-b)}.details .kind.t-status{background:var(--status-b)}
.details .kind.t-measure{background:var(--mea-b)}.details .kind.t-heading{background:var(--sec-b)}
.details .kind.t-document{background:var(--title-b)}.details .kind.t-diagnostic{background:var(--diag)}
.details dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:.5rem 0}
.details dt{color:var(--muted)}
.details dd{margin:0;overflow-wrap:anywhere}
.details .also{border-top:1px solid var(--line);padding-top:.4rem;margin-top:.4rem}
.details .close{display:none;float:right;border:0;background:none;font-size:1.2rem;cursor:pointer}
.below{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:1rem;margin-top:1rem;border-top:1px solid var(--line);padding-top:.7rem}
.chart{margin:0 0 .7rem;overflow-x:auto}
.chart svg{display:block;max-width:none;font-size:11px}
.chart figcaption{color:var(--muted);font-size:.8rem}
.chart .bar rect{fill:var(--goal);stroke:var(--goal-b);stroke-width:1}
.chart .bar.hedged rect{stroke-dasharray:3 2}
.chart .bar{cursor:pointer}
.chart .bar:hover rect,.chart .bar.sel rect{fill:#9fe0b0;stroke:var(--sel)}
.chart .yr{font-weight:600;fill:var(--fg)}
.chart .n{fill:var(--muted)}
.chart .axis{stroke:#9aa3b0}
.tablewrap{overflow-x:auto}
.figtable{border-collapse:collapse;width:100%;font-size:.86rem}
.figtable th,.figtable td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
.tree a{white-space:nowrap}
.figtable td:nth-child(4),.figtable td:nth-child(7){text-align:right;font-variant-numeric:tabular-nums}
.figtable th button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;padding:0;color:var(--fg)}
.figtable th[aria-sort=ascending] button::after{content:" \\25B2"}
.figtable th[aria-sort=descending] button::after{content:" \\25BC"}
.figtable tbody tr{cursor:pointer}
.figtable tbody tr:hover,.figtable tbody tr.sel{background:#eef6ff}
.figtable tr.k-goal td:nth-child(2){color:var(--goal-b)}
.figtable tr.k-status td:nth-child(2){color:var(--status-b)}
.diags ul{list-style:none;padding:0;margin:0;font-size:.86rem}
.diags li{padding:.3rem 0;border-bottom:1px solid var(--line)}
.sev{display:inline-block;font-size:.72rem;text-transform:uppercase;border-radius:4px;padding:0 .3rem;color:#fff;background:#6b7280}
.sev-warning .sev{background:#c77700}.sev-error .sev{background:#c92a2a}
.msg{color:#3b4250}
@media (max-width:1180px){
.grid{grid-template-columns:minmax(0,1fr) minmax(220px,280px)}
.outline{grid-column:1 / -1;position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line);padding:0 0 .4rem}
.below{grid-template-columns:minmax(0,1fr)}
}
@media (max-width:760px){
body{font-size:15px}
main{padding:.4rem}
.doc{padding:.6rem;border-radius:6px}
.grid{grid-template-columns:minmax(0,1fr)}
.ln{padding-left:2.2rem}
.ln::before{width:1.8rem;font-size:10px}
.gap{margin-left:2.2rem}
.details{position:fixed;left:0;right:0;bottom:0;top:auto;max-height:45vh;border-radius:12px 12px 0 0;box-shadow:0 -4px 18px rgba(0,0,0,.18);z-index:10;display:none}
.details.open{display:block}
.details .close{display:block}
.pc[id],.anchor{scroll-margin-top:20vh}
}
@media print{.details,.outline{display:none}.grid{grid-template-columns:1fr}}
`;

/** Selection, details panel, outline and table links, table sorting. No dependencies, no network. */
export const CLIENT_SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pe-data").textContent);
  var items = data.items;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function piecesOf(ref) {
    return document.querySelectorAll('[data-refs~="' + ref.replace(/["\\\\]/g, "") + '"]');
  }
  function refsAt(node) {
    return (node.getAttribute("data-refs") || "").split(" ").filter(Boolean);
  }
  function kindClass(item) {
    var k = item.kind.split(" ")[0];
    if (k === "figure") return item.kind.indexOf("goal") >= 0 ? "t-goal" : "t-status";
    return "t-" + k;
  }
  function link(ref, text) {
    var a = el("a", null, text);
    a.href = "#" + ref;
    a.setAttribute("data-ref", ref);
    return a;
  }

  function showDetails(ref, others) {
    var item = items[ref];
    if (!item) return;
    var panel = document.getElementById("details-" + item.doc);
    if (!panel) return;
    panel.textContent = "";
    var close = el("button", "close", "\\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { panel.classList.remove("open"); });
    panel.appendChild(close);
    panel.appendChild(el("span", "kind " + kindClass(item), item.kind));
    panel.appendChild(el("h4", null, item.label));
    var dl = el("dl");
    item.fields.forEach(function (f) {
      dl.appendChild(el("dt", null, f[0]));
      var dd = el("dd");
      if (f[2]) dd.appendChild(link(f[2], f[1])); else dd.textContent = f[1];
      dl.appendChild(dd);
    });
    panel.appendChild(dl);
    if (others && others.length) {
      var also = el("div", "also", "Also here: ");
      others.forEach(function (other, i) {
        var o = items[other];
        if (!o) return;
        if (i) also.appendChild(document.createTextNode(" \\u00b7 "));
        also.appendChild(link(other, o.kind.split(" ")[0] + " " + other.replace(/^d\\d+-/, "")));
      });
      panel.appendChild(also);
    }
    panel.classList.add("open");
  }

  function select(ref, options) {
    if (!items[ref]) return;
    options = options || {};
    document.querySelectorAll(".sel").forEach(function (n) { n.classList.remove("sel"); });
    document.querySelectorAll(".tree a.on").forEach(function (n) { n.classList.remove("on"); });
    var pieces = piecesOf(ref);
    pieces.forEach(function (n) { n.classList.add("sel"); });
    document.querySelectorAll('[data-ref="' + ref + '"]').forEach(function (n) {
      if (n.tagName === "TR" || n.classList.contains("bar")) n.classList.add("sel");
      if (n.closest && n.closest(".tree")) n.classList.add("on");
    });
    showDetails(ref, options.others);
    var target = document.getElementById(ref) || pieces[0];
    var panel = document.getElementById("details-" + items[ref].doc);
    var sheet = panel && getComputedStyle(panel).position === "fixed";
    if (target && sheet) {
      // on a phone the panel is a bottom sheet: keep the selection above it
      var top = target.getBoundingClientRect().top;
      if (options.scroll || top > window.innerHeight * 0.5) window.scrollBy({ top: top - window.innerHeight * 0.2, behavior: options.smooth === false ? "auto" : "smooth" });
    } else if (target && options.scroll) {
      target.scrollIntoView({ block: "center", behavior: options.smooth === false ? "auto" : "smooth" });
    }
    if (history.replaceState) history.replaceState(null, "", "#" + ref);
  }

  document.addEventListener("click", function (event) {
    var t = event.target;
    if (!(t instanceof Element)) return;
    var refNode = t.closest("[data-ref]");
    if (refNode) {
      event.preventDefault();
      select(refNode.getAttribute("data-ref"), { scroll: true });
      return;
    }
    var piece = t.closest(".pc[data-refs]");
    if (piece) {
      var refs = refsAt(piece);
      select(refs[0], { others: refs.slice(1) });
    }
  });
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if ((event.key === "Enter" || event.key === " ") && t instanceof Element && t.matches("tr[data-ref], g[data-ref]")) {
      event.preventDefault();
      select(t.getAttribute("data-ref"), { scroll: true });
    }
    if (event.key === "Escape") document.querySelectorAll(".details.open").forEach(function (n) { n.classList.remove("open"); });
  });

  var hovered = [];
  document.addEventListener("mouseover", function (event) {
    var t = event.target;
    var piece = t instanceof Element ? t.closest(".pc[data-refs]") : null;
    hovered.forEach(function (n) { n.classList.remove("hover"); });
    hovered = [];
    if (!piece) return;
    var refs = refsAt(piece);
    if (!refs.length) return;
    piecesOf(refs[0]).forEach(function (n) { n.classList.add("hover"); hovered.push(n); });
  });

  function keyOf(row, col, type) {
    var v = row.children[col].getAttribute("data-key");
    if (type === "num") return v === "" ? null : Number(v);
    return v;
  }
  document.querySelectorAll(".figtable").forEach(function (table) {
    table.querySelectorAll("th button").forEach(function (button) {
      button.addEventListener("click", function () {
        var col = Number(button.getAttribute("data-col"));
        var type = button.getAttribute("data-type");
        var th = button.parentNode;
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        table.querySelectorAll("th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, i: i }; });
        rows.sort(function (a, b) {
          var x = keyOf(a.row, col, type), y = keyOf(b.row, col, type);
          if (x === null || x === "") return y === null || y === "" ? a.i - b.i : 1;
          if (y === null || y === "") return -1;
          var c = x < y ? -1 : x > y ? 1 : 0;
          return c * dir || a.i - b.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });

  if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) {
    document.querySelectorAll(".outline details").forEach(function (d) { d.open = false; });
  }
  var start = decodeURIComponent(location.hash.slice(1));
  if (start && items[start]) select(start, { scroll: true, smooth: false });
})();
`;
