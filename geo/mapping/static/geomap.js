/*
 * geomap.js: the incident map's own front-end code (inlined into map.html).
 *
 * Safety rules: every string that came from data (place names, titles,
 * excerpts, URLs, overlay properties, layer labels) reaches the page through
 * textContent or a DOM node, never innerHTML; links are made only for
 * http(s) URLs. Data arrives as JSON in script blocks of type
 * application/json, read with JSON.parse.
 */
(function () {
  "use strict";

  var K = {};
  var state = {
    map: null,
    records: [],
    detailsId: null,
    shown: [],
    shownCount: 0,
    layer: null,
    data: null,
    overlays: {},
    filter: { from: null, to: null, undated: true, hidden: {} },
    legendRows: {},
    ready: false,
    loadMs: null
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function safeUrl(value) {
    if (typeof value !== "string") { return null; }
    var parsed;
    try { parsed = new URL(value.trim()); } catch (e) { return null; }
    if (parsed.protocol === "http:" || parsed.protocol === "https:") { return parsed.href; }
    return null;
  }

  function readJson(id) {
    var node = document.getElementById(id);
    return JSON.parse(node.textContent);
  }

  function dayToIso(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function isoToDay(iso) {
    var t = Date.parse(String(iso) + "T00:00:00Z");
    return isNaN(t) ? null : Math.round(t / 86400000);
  }

  function fmtNumber(v) {
    if (v === null || v === undefined) { return "unknown"; }
    return typeof v === "number" ? v.toLocaleString("en-US") : String(v);
  }

  /* ------------------------------------------------------------------ */
  /* Basemap and overlays                                                */

  function ensurePane(map, name, zIndex) {
    if (!map.getPane(name)) {
      var pane = map.createPane(name);
      pane.style.zIndex = String(zIndex);
      pane.style.pointerEvents = "none";
    }
    return name;
  }

  K.vectorLayer = function (map, dataId, opts) {
    var data = readJson(dataId);
    var pane = ensurePane(map, opts.pane, opts.zIndex);
    var layer = L.geoJSON(data, {
      pane: pane,
      interactive: false,
      style: function () { return opts.style; }
    });
    if (opts.labels) {
      // Labels crowd each other below zoom 8: hide them there (CSS class on the container).
      var sync = function () {
        L.DomUtil[map.getZoom() < 8 ? "addClass" : "removeClass"](map.getContainer(), "geo-zoomed-out");
      };
      map.on("zoomend", sync);
      map.whenReady(sync);
      layer.eachLayer(function (feature) {
        var label = feature.feature && feature.feature.properties &&
          feature.feature.properties.label;
        if (label) {
          feature.bindTooltip(el("span", null, label), {
            permanent: true, direction: "center", className: "geo-label"
          });
        }
      });
    }
    return layer;
  };

  K.referenceLayer = function (map, dataId, opts) {
    // Place names by zoom: countries always, provinces from zoom 7, towns from 8, villages from 10
    // (opts.minZoom by rank); a Russian form shows under the name from zoom 12.
    var data = readJson(dataId);
    var pane = ensurePane(map, opts.pane, opts.zIndex);
    var group = L.layerGroup();
    var minZoom = opts.minZoom || {};
    var entries = [];
    (data.features || []).forEach(function (f) {
      var c = f.geometry && f.geometry.coordinates;
      var p = f.properties || {};
      if (!c || typeof p.label !== "string") { return; }
      var rank = typeof p.rank === "number" ? p.rank : 3;
      var latlng = [c[1], c[0]];
      var label = el("span", "geo-ref-name", p.label);
      if (typeof p.ru === "string" && p.ru) {
        label.appendChild(el("span", "geo-ref-ru", p.ru));
      }
      var anchor;
      if (rank >= 2) {
        anchor = L.circleMarker(latlng, {
          pane: pane, interactive: false, radius: rank === 2 ? 3.5 : 2.5,
          color: "#fff", weight: 1, fillColor: "#444", fillOpacity: 0.9
        });
      } else {
        anchor = L.marker(latlng, { pane: pane, interactive: false, keyboard: false,
          icon: L.divIcon({ className: "geo-ref-anchor", iconSize: [0, 0] }) });
      }
      anchor.bindTooltip(label, {
        permanent: true, interactive: false, pane: pane,
        direction: rank >= 2 ? "right" : "center", offset: rank >= 2 ? [4, 0] : [0, 0],
        className: "geo-ref geo-ref-r" + rank
      });
      entries.push({ layer: anchor, min: minZoom[String(rank)] || 0 });
      group.addLayer(anchor);
    });
    function sync() {
      var z = map.getZoom();
      entries.forEach(function (e) {
        var tip = e.layer.getTooltip();
        var node = tip && tip.getElement();
        if (node) { node.style.display = z >= e.min ? "" : "none"; }
        if (e.layer.setStyle) { e.layer.setStyle({ opacity: z >= e.min - 1 ? 1 : 0, fillOpacity: z >= e.min - 1 ? 0.9 : 0 }); }
      });
      L.DomUtil[z >= 12 ? "addClass" : "removeClass"](map.getContainer(), "geo-ref-show-ru");
    }
    map.on("zoomend", sync);
    group.on("add", function () { setTimeout(sync, 0); });
    return group;
  };

  function propertyTable(props) {
    var table = el("table", "geo-props");
    var keys = Object.keys(props || {});
    keys.forEach(function (key) {
      var row = el("tr");
      row.appendChild(el("th", null, key));
      var value = props[key];
      var cell = el("td");
      var url = typeof value === "string" ? safeUrl(value) : null;
      if (url) {
        var a = el("a", null, value);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        cell.appendChild(a);
      } else {
        cell.textContent = (value === null || value === undefined) ? "" :
          (typeof value === "object" ? JSON.stringify(value) : String(value));
      }
      row.appendChild(cell);
      table.appendChild(row);
    });
    return table;
  }

  K.overlayLayer = function (map, dataId, opts) {
    var data = readJson(dataId);
    var style = opts.style;
    var layer = L.geoJSON(data, {
      style: function () { return style; },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, L.extend({ radius: 5 }, style));
      }
    });
    layer.on("click", function (e) {
      var box = el("div", "geo-popup geo-overlay-popup");
      box.appendChild(el("h3", null, opts.name));
      box.appendChild(propertyTable(e.layer.feature && e.layer.feature.properties));
      L.popup({ maxWidth: 360 }).setLatLng(e.latlng).setContent(box).openOn(map);
    });
    // Analyst overlays share the incidents' canvas: keep them under the incidents.
    layer.on("add", function () { layer.bringToBack(); });
    state.overlays[opts.name] = layer;
    return layer;
  };

  /* ------------------------------------------------------------------ */
  /* Incidents                                                           */

  function radiusFor(fatalities) {
    if (!fatalities || fatalities < 0) { return 5; }
    return Math.min(5 + 2 * Math.sqrt(fatalities), 22);
  }

  function highlighted(excerpt, start, end) {
    var box = el("blockquote", "geo-excerpt");
    var chars = Array.from(String(excerpt || ""));  // offsets count code points
    if (Number.isInteger(start) && Number.isInteger(end) &&
        start >= 0 && end > start && end <= chars.length) {
      box.appendChild(document.createTextNode(chars.slice(0, start).join("")));
      box.appendChild(el("mark", null, chars.slice(start, end).join("")));
      box.appendChild(document.createTextNode(chars.slice(end).join("")));
    } else {
      box.textContent = chars.join("");
    }
    return box;
  }

  function dateLine(d) {
    var precision = state.data.precisions[String(d.tp)] || "precision unknown";
    if (!d.d) { return "Date unknown"; }
    var text = d.d;
    if (d.de && d.ds && d.de !== d.ds) { text = d.ds + " \u2013 " + d.de; }
    return text + " (" + precision + ")";
  }

  /* Popup details arrive as independent zlib blocks (base64): incidents in blocks of
     `block`, articles and excerpts in their own blocks, long source lists in pages. A block is
     inflated (fflate, synchronously) the first time something in it is needed. */
  function packed() {
    if (!state.packed) {
      state.packed = readJson(state.detailsId);
      state.blocks = { incidents: {}, articles: {}, excerpts: {}, pages: {} };
    }
    return state.packed;
  }

  function inflateBlock(kind, index) {
    var cache = state.blocks[kind];
    if (!cache[index]) {
      cache[index] = inflateJson(packed()[kind][index]);
    }
    return cache[index];
  }

  function incidentDetails(index) {
    var size = packed().block;
    return inflateBlock("incidents", Math.floor(index / size))[index % size] || {};
  }

  function articleAt(index) {
    var size = packed().articleBlock;
    var block = inflateBlock("articles", Math.floor(index / size));
    return block[index % size] || ["", null, null, null];
  }

  /* Base85 with the page-safe alphabet of geo/mapping/_incidents.py (RFC 1924 order, with
     "<", ">", "&", "{" written as ",", ".", ":", "["). */
  var B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%:()*+-;,=.?@^_`[|}~";
  var B85_VALUE = (function () {
    var table = new Int16Array(128).fill(-1);
    for (var i = 0; i < B85.length; i++) { table[B85.charCodeAt(i)] = i; }
    return table;
  })();

  function decode85(text) {
    var full = Math.floor(text.length / 5), rest = text.length % 5;
    var out = new Uint8Array(full * 4 + (rest ? rest - 1 : 0));
    var o = 0;
    for (var g = 0; g * 5 < text.length; g++) {
      var v = 0;
      for (var k = 0; k < 5; k++) {
        var pos = g * 5 + k;
        var d = pos < text.length ? B85_VALUE[text.charCodeAt(pos) & 127] : 84;  // short group: pad with "~"
        if (d < 0) { throw new Error("bad character in packed data"); }
        v = v * 85 + d;
      }
      var bytes = [v >>> 24 & 255, v >>> 16 & 255, v >>> 8 & 255, v & 255];
      for (var b = 0; b < 4 && o < out.length; b++) { out[o++] = bytes[b]; }
    }
    return out;
  }

  function inflateBytes(text) { return fflate.unzlibSync(decode85(text)); }

  function inflateJson(text) { return JSON.parse(fflate.strFromU8(inflateBytes(text))); }

  function vocabulary() {
    // word-coded excerpts: the vocabulary (gaps marked with \u0001), words numbered by frequency
    if (!state.vocabulary) {
      var marked = inflateJson(packed().vocabulary);
      var words = new Uint8Array(marked.length), tokens = new Array(marked.length);
      for (var i = 0; i < marked.length; i++) {
        var gap = marked[i].charAt(0) === "\u0001";
        words[i] = gap ? 0 : 1;
        tokens[i] = gap ? marked[i].slice(1) : marked[i];
      }
      state.vocabulary = { words: words, tokens: tokens };
    }
    return state.vocabulary;
  }

  function excerptBlock(index) {
    var cache = state.blocks.excerpts;
    if (!cache[index]) {
      var v = vocabulary(), data = inflateBytes(packed().excerpts[index]), pos = 0, out = [];
      var read = function () {
        var n = 0, shift = 0, b;
        do { b = data[pos++]; n |= (b & 127) << shift; shift += 7; } while (b >= 128);
        return n;
      };
      while (pos < data.length) {
        var count = read(), parts = [], previousWord = false;
        for (var k = 0; k < count; k++) {
          var t = read();
          if (previousWord && v.words[t]) { parts.push(" "); }
          parts.push(v.tokens[t]);
          previousWord = v.words[t] === 1;
        }
        out.push(parts.join(""));
      }
      cache[index] = out;
    }
    return cache[index];
  }

  function excerptAt(index) {
    var size = packed().excerptBlock;
    var text = excerptBlock(Math.floor(index / size))[index % size];
    return typeof text === "string" ? text : "";
  }

  function sourcePage(index) { return inflateBlock("pages", index); }

  /* Sources shown at first; the rest on demand ("Show N more"), so a popup of an incident
     with thousands of sources opens at once. */
  var FIRST_SOURCES = 20;

  function addRow(table, label, value) {
    var tr = el("tr");
    tr.appendChild(el("th", null, label));
    tr.appendChild(el("td", null, value));
    table.appendChild(tr);
  }

  function sourceItem(articleIndex, excerpts) {
    var art = articleAt(articleIndex);
    var li = el("li", "geo-source");
    var url = safeUrl(art[1]);
    var title = art[0] || "(untitled)";
    var head;
    if (url) {
      head = el("a", "geo-title", title);
      head.href = url; head.target = "_blank"; head.rel = "noopener noreferrer";
    } else {
      head = el("span", "geo-title", title);
    }
    li.appendChild(head);
    if (art[2]) { li.appendChild(el("span", "geo-source-date", " \u00b7 " + art[2])); }
    if (art[3]) { li.appendChild(el("span", "geo-lang", String(art[3]).toUpperCase())); }
    if (art[1] && !url) { li.appendChild(el("div", "geo-url-text", art[1])); }
    excerpts.forEach(function (x) { li.appendChild(highlighted(excerptAt(x[0]), x[1], x[2])); });
    return li;
  }

  function incidentPopup(index) {
    var rec = state.records[index];
    var d = incidentDetails(index);
    var type = state.data.types[rec[2]];
    var box = el("div", "geo-popup");
    box.setAttribute("data-incident", String(index));
    box.appendChild(el("h3", null, rec[5]));
    if (d.ru) { box.appendChild(el("p", "geo-name-ru", d.ru)); }
    box.appendChild(el("p", "geo-date", dateLine(d)));
    var typeLine = el("p", "geo-type");
    var swatch = el("span", "geo-swatch");
    swatch.style.background = type.color;
    typeLine.appendChild(swatch);
    typeLine.appendChild(document.createTextNode(type.label + (d.at ? " (ACLED: " + d.at + ")" : "")));
    box.appendChild(typeLine);
    var figures = el("table", "geo-figures");
    addRow(figures, "Fatalities", fmtNumber(rec[4]) + (d.sd ? " (" + d.sd + ")" : ""));
    addRow(figures, "Injured", fmtNumber(d.inj));
    addRow(figures, "Displaced", fmtNumber(d.dis));
    if (d.ac) { addRow(figures, "Actors", d.ac); }
    box.appendChild(figures);
    if (d.fr) { box.appendChild(el("p", "geo-rule", "Figures: " + d.fr)); }
    var where = [d.a2, d.a1, d.cc].filter(function (v) { return v; }).join(", ");
    box.appendChild(el("p", "geo-where", where || "Country unknown"));
    if (d.en) { box.appendChild(el("p", "geo-enclave", "Enclave: " + d.en)); }
    if (d.loc) { box.appendChild(el("p", "geo-located", d.loc)); }
    if (d.km !== null && d.km !== undefined) {
      box.appendChild(el("p", "geo-distance", d.km.toFixed(1) + " km from the Kyrgyz\u2013Tajik border"));
    }
    var meta = [];
    if (d.gp) { meta.push("geo-precision " + d.gp); }
    if (d.id) { meta.push(d.id); }
    if (meta.length) { box.appendChild(el("p", "geo-id", meta.join(" \u00b7 "))); }
    // sources come grouped by article, each distinct excerpt once; past the first groups they are
    // in pages decoded when "Show more" needs them
    var groups = (d.src || []).slice();
    var total = d.na || groups.length;
    var nextPage = d.pg ? d.pg[0] : 0, lastPage = d.pg ? d.pg[0] + d.pg[1] : 0;
    box.appendChild(el("h4", null, "Sources (" + fmtNumber(total) + " articles, " + fmtNumber(d.nm || 0) +
                                   " mentions)"));
    var list = el("ol", "geo-sources");
    var shown = 0;
    function more(n) {
      var stop = Math.min(total, shown + n);
      while (groups.length < stop && nextPage < lastPage) { groups = groups.concat(sourcePage(nextPage++)); }
      stop = Math.min(stop, groups.length);
      for (; shown < stop; shown++) { list.appendChild(sourceItem(groups[shown][0], groups[shown][1])); }
    }
    more(FIRST_SOURCES);
    box.appendChild(list);
    if (shown < total) {
      var button = el("button", "geo-more", "Show " + fmtNumber(total - shown) + " more");
      button.type = "button";
      button.addEventListener("click", function () {
        more(FIRST_SOURCES * 5);
        if (shown >= total) { button.remove(); } else {
          button.textContent = "Show " + fmtNumber(total - shown) + " more";
        }
      });
      box.appendChild(button);
    }
    return box;
  }

  function openIncident(index) {
    if (!state.records[index]) { return null; }
    var box = incidentPopup(index);
    // a popup never wider or taller than the screen (phones)
    var width = Math.max(200, Math.min(420, window.innerWidth - 60));
    var height = Math.max(200, Math.min(420, window.innerHeight - 140));
    // on a wide screen the popup pans clear of the date panel at the bottom left
    var panel = document.querySelector(".geo-time");
    var left = window.innerWidth > 700 && panel ? panel.offsetWidth + 20 : 5;
    L.popup({ maxWidth: width, minWidth: Math.min(260, width), maxHeight: height, autoPan: true,
              autoPanPaddingTopLeft: [left, 10], autoPanPaddingBottomRight: [10, 10] })
      .setLatLng(state.layer.latLng(index)).setContent(box).openOn(state.map);
    return box;
  }

  /* Legend: only the types present, with counts (of the incidents the date filter shows);
     a click on a row shows or hides that type. A size key explains the circles. */
  /* Phones: panels fold to their heading (a button), the layer list to Leaflet's icon and the
     attribution to one line that opens on a tap, so the map stays visible. */
  var PHONE = window.matchMedia ? window.matchMedia("(max-width: 600px)").matches : window.innerWidth <= 600;

  function collapsible(box, title) {
    var head = el("button", "geo-panel-head", title);
    head.type = "button";
    head.setAttribute("aria-expanded", PHONE ? "false" : "true");
    var body = el("div", "geo-panel-body");
    if (PHONE) { box.classList.add("geo-folded"); }
    head.addEventListener("click", function () {
      var folded = box.classList.toggle("geo-folded");
      head.setAttribute("aria-expanded", folded ? "false" : "true");
    });
    box.appendChild(head);
    box.appendChild(body);
    return body;
  }

  // folium builds the layer control with collapsed: false; on a phone it folds to the icon
  var layersControl = L.control.layers;
  L.control.layers = function (base, overlays, options) {
    return layersControl(base, overlays, L.extend({}, options, PHONE ? { collapsed: true } : {}));
  };

  function addLegend(map, types) {
    var counts = types.map(function () { return 0; });
    state.records.forEach(function (r) { counts[r[2]] += 1; });
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var outer = el("div", "geo-legend leaflet-bar");
      L.DomEvent.disableClickPropagation(outer);
      var box = collapsible(outer, "Event type (click to hide or show)");
      types.forEach(function (t, index) {
        if (!counts[index]) { return; }
        var row = el("button", "geo-legend-row");
        row.type = "button";
        row.setAttribute("data-type", String(index));
        var sw = el("span", "geo-swatch");
        sw.style.background = t.color;
        row.appendChild(sw);
        row.appendChild(document.createTextNode(t.label + " "));
        var count = el("span", "geo-legend-count", "");
        row.appendChild(count);
        row.addEventListener("click", function () { K.api.toggleType(index); });
        state.legendRows[index] = { row: row, count: count };
        box.appendChild(row);
      });
      var key = el("div", "geo-size-key");
      key.appendChild(el("div", "geo-legend-note", "Circle size: fatalities"));
      [1, 10, 100].forEach(function (n) {
        var item = el("span", "geo-size-item");
        var dot = el("span", "geo-size-dot");
        var r = radiusFor(n);
        dot.style.width = dot.style.height = (2 * r) + "px";
        item.appendChild(dot);
        item.appendChild(document.createTextNode(" " + n));
        key.appendChild(item);
      });
      box.appendChild(key);
      return outer;
    };
    legend.addTo(map);
  }

  function updateLegend() {
    var shownByType = {};
    for (var i = 0; i < state.records.length; i++) {
      if (state.shown[i]) { shownByType[state.records[i][2]] = (shownByType[state.records[i][2]] || 0) + 1; }
    }
    Object.keys(state.legendRows).forEach(function (key) {
      var entry = state.legendRows[key];
      var hidden = !!state.filter.hidden[key];
      entry.count.textContent = hidden ? "(hidden)" : "(" + fmtNumber(shownByType[key] || 0) + ")";
      entry.row.className = "geo-legend-row" + (hidden ? " geo-legend-off" : "");
    });
  }

  /* Permalink: the view and the filters in the URL hash. Only numbers are read back from it. */
  function writeHash() {
    if (!state.map || state.restoring) { return; }
    var c = state.map.getCenter();
    var parts = ["v=" + c.lat.toFixed(4) + "," + c.lng.toFixed(4) + "," + state.map.getZoom()];
    if (state.filter.from !== null) { parts.push("from=" + dayToIso(state.filter.from)); }
    if (state.filter.to !== null) { parts.push("to=" + dayToIso(state.filter.to)); }
    if (!state.filter.undated) { parts.push("undated=0"); }
    var hidden = Object.keys(state.filter.hidden).filter(function (k) { return state.filter.hidden[k]; });
    if (hidden.length) { parts.push("hide=" + hidden.join(".")); }
    var hash = "#" + parts.join("&");
    if (window.location.hash !== hash) { history.replaceState(null, "", hash); }
  }

  function readHash() {
    var text = String(window.location.hash || "").replace(/^#/, "");
    if (!text) { return false; }
    var values = {};
    text.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) { values[pair.slice(0, at)] = pair.slice(at + 1); }
    });
    state.restoring = true;
    var iso = /^\d{4}-\d{2}-\d{2}$/;
    if (values.from && iso.test(values.from)) { state.filter.from = isoToDay(values.from); }
    if (values.to && iso.test(values.to)) { state.filter.to = isoToDay(values.to); }
    if (values.undated === "0") { state.filter.undated = false; }
    if (values.hide) {
      values.hide.split(".").forEach(function (k) {
        var n = parseInt(k, 10);
        if (n >= 0 && n < state.data.types.length) { state.filter.hidden[n] = true; }
      });
    }
    var view = (values.v || "").split(",").map(parseFloat);
    var moved = false;
    if (view.length === 3 && view.every(isFinite) && Math.abs(view[0]) <= 90 && Math.abs(view[1]) <= 180 &&
        view[2] >= 0 && view[2] <= 20) {
      state.map.setView([view[0], view[1]], Math.round(view[2]), { animate: false });
      moved = true;
    }
    if (state.timeInputs) {
      if (state.filter.from !== null) { state.timeInputs.from.value = String(state.filter.from); }
      if (state.filter.to !== null) { state.timeInputs.to.value = String(state.filter.to); }
      state.timeInputs.undated.checked = state.filter.undated;
    }
    state.restoring = false;
    return moved;
  }

  /* Incident table: the incidents the filters show, sortable by date, fatalities or place,
     searchable over place names, titles and excerpts; a row click zooms to the incident and
     opens it. Rows are drawn a page at a time, so 50,000 incidents stay responsive. */
  var TABLE_PAGE = 200;
  state.table = { key: "date", descending: true, query: "", limit: TABLE_PAGE, body: null, note: null };

  function allSources(d) {
    var groups = d.src || [];
    if (d.pg) { for (var p = d.pg[0]; p < d.pg[0] + d.pg[1]; p++) { groups = groups.concat(sourcePage(p)); } }
    return groups;
  }

  function searchText(index) {
    // built once, on the first search: it inflates every block (place names, titles, excerpts)
    if (!state.searchIndex) {
      state.searchIndex = state.records.map(function (r, i) {
        var parts = [r[5]];
        allSources(incidentDetails(i)).forEach(function (g) {
          parts.push(articleAt(g[0])[0] || "");
          g[1].forEach(function (x) { parts.push(excerptAt(x[0])); });
        });
        return parts.join(" \u0001 ").toLowerCase();
      });
    }
    return state.searchIndex[index];
  }

  function tableIndexes() {
    var t = state.table;
    var rows = visibleIndexes();
    if (t.query) {
      var q = t.query.toLowerCase();
      rows = rows.filter(function (i) { return searchText(i).indexOf(q) !== -1; });
    }
    var key = t.key, sign = t.descending ? -1 : 1;
    rows.sort(function (a, b) {
      var ra = state.records[a], rb = state.records[b], x, y;
      if (key === "place") { x = ra[5]; y = rb[5]; return sign * (x < y ? -1 : x > y ? 1 : 0); }
      if (key === "fatalities") { x = ra[4] === null ? -1 : ra[4]; y = rb[4] === null ? -1 : rb[4]; }
      else { x = ra[3] === null ? -1e9 : ra[3]; y = rb[3] === null ? -1e9 : rb[3]; }
      return sign * (x - y) || a - b;
    });
    return rows;
  }

  function renderTable() {
    var t = state.table;
    if (!t.body) { return; }
    var rows = tableIndexes();
    t.rows = rows;
    while (t.body.firstChild) { t.body.removeChild(t.body.firstChild); }
    rows.slice(0, t.limit).forEach(function (i) {
      var r = state.records[i];
      var tr = el("tr", "geo-table-row");
      tr.setAttribute("data-incident", String(i));
      tr.appendChild(el("td", null, r[3] === null ? "undated" : dayToIso(r[3])));
      tr.appendChild(el("td", null, r[5]));
      tr.appendChild(el("td", null, state.data.types[r[2]].label));
      tr.appendChild(el("td", "geo-num", fmtNumber(r[4])));
      tr.addEventListener("click", function () { K.api.showIncident(i); });
      t.body.appendChild(tr);
    });
    t.note.textContent = fmtNumber(rows.length) + " incidents" +
      (rows.length > t.limit ? " (first " + fmtNumber(t.limit) + " shown)" : "");
    t.more.style.display = rows.length > t.limit ? "" : "none";
  }

  function scheduleTable() {
    if (state.tablePending) { return; }
    state.tablePending = true;
    requestAnimationFrame(function () { state.tablePending = false; renderTable(); });
  }

  function addTable(map) {
    var ctl = L.control({ position: "topright" });
    ctl.onAdd = function () {
      var box = el("div", "geo-table-box leaflet-bar");
      var toggle = el("button", "geo-table-toggle", "Incident table");
      toggle.type = "button";
      var panel = el("div", "geo-table-panel");
      panel.style.display = "none";
      toggle.addEventListener("click", function () {
        panel.style.display = panel.style.display === "none" ? "" : "none";
        if (panel.style.display === "") { renderTable(); }
      });
      var search = el("input", "geo-table-search");
      search.type = "search";
      search.placeholder = "Search places, titles, excerpts";
      search.addEventListener("input", function () { state.table.query = search.value.trim(); state.table.limit = TABLE_PAGE; scheduleTable(); });
      panel.appendChild(search);
      var note = el("div", "geo-table-note", "");
      panel.appendChild(note);
      var table = el("table", "geo-table");
      var head = el("tr");
      [["date", "Date"], ["place", "Place"], [null, "Type"], ["fatalities", "Fatalities"]].forEach(function (c) {
        var th = el("th", null, c[1]);
        if (c[0]) {
          th.className = "geo-sortable";
          th.setAttribute("data-sort", c[0]);
          th.addEventListener("click", function () { K.api.sortTable(c[0]); });
        }
        head.appendChild(th);
      });
      var thead = el("thead");
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el("tbody");
      table.appendChild(body);
      var scroller = el("div", "geo-table-scroll");
      scroller.appendChild(table);
      panel.appendChild(scroller);
      var more = el("button", "geo-more", "Show more rows");
      more.type = "button";
      more.addEventListener("click", function () { state.table.limit += TABLE_PAGE * 5; renderTable(); });
      panel.appendChild(more);
      box.appendChild(toggle);
      box.appendChild(panel);
      state.table.body = body; state.table.note = note; state.table.more = more; state.table.panel = panel;
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
  }

  /* Export of what the filters show, made in the page (no network). */
  var FORMULA = /^[=+\-@\t\r]/;

  function safeCell(value) {
    if (value === null || value === undefined) { return ""; }
    var text = String(value);
    if (typeof value === "string" && FORMULA.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function visibleIndexes() {
    var out = [];
    for (var i = 0; i < state.records.length; i++) { if (state.shown[i]) { out.push(i); } }
    return out;
  }

  function exportRows() {
    return visibleIndexes().map(function (i) {
      var r = state.records[i], x = incidentDetails(i);
      var articles = allSources(x).map(function (g) { return articleAt(g[0]); });
      return {
        incident_id: x.id || null, place_name: r[5], latitude: r[0], longitude: r[1],
        event_type: state.data.types[r[2]].key, date_start: x.ds || x.d || null, date_end: x.de || x.d || null,
        fatalities: r[4], injured: x.inj === undefined ? null : x.inj, displaced: x.dis === undefined ? null : x.dis,
        country_code: x.cc || null, admin1: x.a1 || null,
        titles: articles.map(function (a) { return a[0] || ""; }).join("; "),
        urls: articles.map(function (a) { return a[1] || ""; }).filter(function (u) { return u; }).join("; ")
      };
    });
  }

  function exportGeoJSON() {
    var features = exportRows().map(function (row) {
      var props = {};
      Object.keys(row).forEach(function (k) { if (k !== "latitude" && k !== "longitude") { props[k] = row[k]; } });
      return { type: "Feature", geometry: { type: "Point", coordinates: [row.longitude, row.latitude] },
               properties: props };
    });
    return JSON.stringify({ type: "FeatureCollection", features: features }, null, 1);
  }

  function exportCSV() {
    var rows = exportRows();
    var columns = ["incident_id", "place_name", "latitude", "longitude", "event_type", "date_start", "date_end",
                   "fatalities", "injured", "displaced", "country_code", "admin1", "titles", "urls"];
    var lines = [columns.join(",")];
    rows.forEach(function (row) { lines.push(columns.map(function (c) { return safeCell(row[c]); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  }

  function download(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el("a");
    a.href = url; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function addExportControl(map) {
    var ctl = L.control({ position: "topright" });
    ctl.onAdd = function () {
      var box = el("div", "geo-export leaflet-bar");
      box.appendChild(el("strong", null, "Export shown: "));
      [["GeoJSON", function () { download(exportGeoJSON(), "incidents-shown.geojson", "application/geo+json"); }],
       ["CSV", function () { download(exportCSV(), "incidents-shown.csv", "text/csv"); }]].forEach(function (b) {
        var button = el("button", "geo-export-button", b[0]);
        button.type = "button";
        button.addEventListener("click", b[1]);
        box.appendChild(button);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    ctl.addTo(map);
  }

  function addTitle(map, title) {
    var ctl = L.control({ position: "topleft" });
    ctl.onAdd = function () { return el("div", "geo-title-box leaflet-bar", title); };
    ctl.addTo(map);
  }

  function applyFilter() {
    var f = state.filter;
    var count = 0;
    for (var i = 0; i < state.records.length; i++) {
      var day = state.records[i][3];
      var last = state.records[i][6] === null || state.records[i][6] === undefined ? day : state.records[i][6];
      // an incident's window overlaps the chosen one: a 11-14 March clash stays when "from" is the 12th
      var visible = !f.hidden[state.records[i][2]] && ((day === null) ? f.undated :
        ((f.from === null || last >= f.from) && (f.to === null || day <= f.to)));
      state.shown[i] = visible;
      if (visible) { count += 1; }
    }
    state.shownCount = count;
    if (state.layer) { state.layer.redraw(); }
    if (state.timeLabel) { state.timeLabel(); }
    drawTimeline();
    updateLegend();
    writeHash();
    if (state.table && state.table.panel && state.table.panel.style.display === "") { scheduleTable(); }
  }

  /* Timeline: incidents (bars) and fatalities (line) per day, week or month, with a brush. */

  var TIMELINE_W = 240, TIMELINE_H = 52;

  function timelineBins(range) {
    var span = range.max - range.min + 1;
    var width = span <= 180 ? 1 : (span <= 3 * 366 ? 7 : 30);
    var n = Math.max(1, Math.ceil(span / width));
    var counts = new Array(n).fill(0), deaths = new Array(n).fill(0);
    for (var i = 0; i < state.records.length; i++) {
      var r = state.records[i];
      if (r[3] === null || r[3] === undefined || state.filter.hidden[r[2]]) { continue; }
      var b = Math.min(n - 1, Math.floor((r[3] - range.min) / width));
      counts[b] += 1;
      if (typeof r[4] === "number") { deaths[b] += r[4]; }
    }
    return { width: width, counts: counts, deaths: deaths, unit: width === 1 ? "day" : (width === 7 ? "week" : "30 days") };
  }

  function drawTimeline() {
    var tl = state.timeline;
    if (!tl) { return; }
    var range = tl.range, bins = timelineBins(range);
    tl.bins = bins;
    var ctx = tl.canvas.getContext("2d");
    var ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, TIMELINE_W, TIMELINE_H);
    var n = bins.counts.length, bw = TIMELINE_W / n;
    var maxCount = Math.max.apply(null, [1].concat(bins.counts));
    var maxDeaths = Math.max.apply(null, [1].concat(bins.deaths));
    var from = state.filter.from === null ? range.min : state.filter.from;
    var to = state.filter.to === null ? range.max : state.filter.to;
    var x0 = (from - range.min) / (range.max - range.min + 1) * TIMELINE_W;
    var x1 = (to + 1 - range.min) / (range.max - range.min + 1) * TIMELINE_W;
    ctx.fillStyle = "#eef3fb";
    ctx.fillRect(x0, 0, Math.max(1, x1 - x0), TIMELINE_H);
    for (var i = 0; i < n; i++) {
      var h = bins.counts[i] / maxCount * (TIMELINE_H - 4);
      var mid = range.min + (i + 0.5) * bins.width;
      ctx.fillStyle = (mid >= from && mid <= to + 1) ? "#4a6fa5" : "#b9c3d1";
      ctx.fillRect(i * bw + (bw > 3 ? 0.5 : 0), TIMELINE_H - h, Math.max(1, bw - (bw > 3 ? 1 : 0)), h);
    }
    ctx.strokeStyle = "#c0392b"; ctx.lineWidth = 1.5; ctx.beginPath();
    for (var j = 0; j < n; j++) {
      var y = TIMELINE_H - 1 - bins.deaths[j] / maxDeaths * (TIMELINE_H - 6);
      if (j === 0) { ctx.moveTo((j + 0.5) * bw, y); } else { ctx.lineTo((j + 0.5) * bw, y); }
    }
    ctx.stroke();
    ctx.strokeStyle = "#1d3557"; ctx.lineWidth = 1;
    ctx.strokeRect(x0 + 0.5, 0.5, Math.max(1, x1 - x0 - 1), TIMELINE_H - 1);
    tl.caption.textContent = "bars: incidents, red: fatalities, per " + bins.unit +
      "; drag to choose, double-click for all";
  }

  function addTimeline(box, range, setWindow) {
    var canvas = el("canvas", "geo-timeline");
    var ratio = window.devicePixelRatio || 1;
    canvas.width = TIMELINE_W * ratio; canvas.height = TIMELINE_H * ratio;
    canvas.style.width = TIMELINE_W + "px"; canvas.style.height = TIMELINE_H + "px";
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "Timeline of incidents and fatalities; drag to choose a date window");
    var caption = el("div", "geo-time-caption geo-timeline-caption");
    box.appendChild(canvas);
    box.appendChild(caption);
    state.timeline = { canvas: canvas, caption: caption, range: range };
    function dayAt(clientX) {
      var rect = canvas.getBoundingClientRect();
      var f = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
      return Math.min(range.max, range.min + Math.floor(f * (range.max - range.min + 1)));
    }
    var start = null;
    canvas.addEventListener("pointerdown", function (e) {
      start = dayAt(e.clientX);
      if (canvas.setPointerCapture) { try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* synthetic */ } }
      e.preventDefault();
    });
    canvas.addEventListener("pointermove", function (e) {
      if (start === null) { return; }
      var d = dayAt(e.clientX);
      setWindow(Math.min(start, d), Math.max(start, d));
    });
    function finish(e) {
      if (start === null) { return; }
      var d = dayAt(e.clientX);
      setWindow(Math.min(start, d), Math.max(start, d));
      start = null;
    }
    canvas.addEventListener("pointerup", finish);
    canvas.addEventListener("pointercancel", function () { start = null; });
    canvas.addEventListener("dblclick", function () { setWindow(range.min, range.max); });
    drawTimeline();
  }

  function addTimeControl(map, range) {
    if (range.min === null) { return; }
    var ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = function () {
      var outer = el("div", "geo-time leaflet-bar");
      L.DomEvent.disableClickPropagation(outer);
      L.DomEvent.disableScrollPropagation(outer);
      var box = collapsible(outer, "Event date");
      addTimeline(box, range, function (a, b) {
        from.value = String(a); to.value = String(b);
        update();
      });
      var from = el("input"); from.type = "range"; from.className = "geo-time-from";
      var to = el("input"); to.type = "range"; to.className = "geo-time-to";
      [from, to].forEach(function (input) {
        input.min = String(range.min); input.max = String(range.max); input.step = "1";
      });
      from.value = String(range.min); to.value = String(range.max);
      var label = el("div", "geo-time-label");
      var undated = el("input"); undated.type = "checkbox"; undated.checked = true;
      undated.className = "geo-time-undated";
      var undatedLabel = el("label", "geo-time-undated-label");
      undatedLabel.appendChild(undated);
      undatedLabel.appendChild(document.createTextNode(" show undated (" + range.undated + ")"));
      var pending = false;
      function update() {
        var a = parseInt(from.value, 10), b = parseInt(to.value, 10);
        if (a > b) { var t = a; a = b; b = t; }
        state.filter.from = a; state.filter.to = b; state.filter.undated = undated.checked;
        if (!pending) {
          pending = true;
          requestAnimationFrame(function () { pending = false; applyFilter(); });
        }
      }
      state.timeLabel = function () {
        var a = state.filter.from === null ? range.min : state.filter.from;
        var b = state.filter.to === null ? range.max : state.filter.to;
        label.textContent = dayToIso(a) + " \u2013 " + dayToIso(b) + " \u00b7 " +
          K.api.incidentCount() + " shown";
      };
      from.addEventListener("input", update);
      to.addEventListener("input", update);
      undated.addEventListener("change", update);
      state.timeInputs = { from: from, to: to, undated: undated };
      box.appendChild(el("div", "geo-time-caption", "from"));
      box.appendChild(from);
      box.appendChild(el("div", "geo-time-caption", "to"));
      box.appendChild(to);
      box.appendChild(label);
      box.appendChild(undatedLabel);
      return outer;
    };
    ctl.addTo(map);
    state.timeLabel();
  }

  /* Incidents drawn by one canvas layer: a filter change redraws the canvas once (one path per
     colour) instead of adding and removing thousands of Leaflet layers; hover and click find the
     top point under the pointer by a scan of the visible points. */
  var PointsLayer = L.Layer.extend({
    initialize: function (records, types) {
      this._records = records;
      this._types = types;
      var n = records.length;
      this._px = new Float64Array(n);
      this._py = new Float64Array(n);
      this._radius = new Float32Array(n);
      for (var i = 0; i < n; i++) { this._radius[i] = radiusFor(records[i][4]); }
      // big circles first, so small ones stay visible (and are hit first) on top of them
      this._order = Array.from({ length: n }, function (_, i) { return i; });
      // (then by type, so that each run of one radius and colour is one path)
      var radius = this._radius;
      this._order.sort(function (a, b) { return radius[b] - radius[a] || records[a][2] - records[b][2] || a - b; });
      this._hover = null;
    },
    onAdd: function (map) {
      var pane = map.getPane("geo-incidents") || map.createPane("geo-incidents");
      pane.style.zIndex = "450";
      this._canvas = L.DomUtil.create("canvas", "geo-incident-canvas leaflet-zoom-hide", pane);
      this._canvas.style.pointerEvents = "none";
      var n = this._records.length;
      for (var i = 0; i < n; i++) {
        var p = map.project([this._records[i][0], this._records[i][1]], 0);
        this._px[i] = p.x; this._py[i] = p.y;
      }
      map.on("moveend zoomend resize viewreset", this._reset, this);
      map.on("mousemove", this._onMove, this);
      map.on("click", this._onClick, this);
      map.on("mouseout", this._onOut, this);
      this._reset();
    },
    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this._reset, this);
      map.off("mousemove", this._onMove, this);
      map.off("click", this._onClick, this);
      map.off("mouseout", this._onOut, this);
      L.DomUtil.remove(this._canvas);
      this._onOut();
    },
    getBounds: function (indexes) {
      var b = L.latLngBounds([]);
      var recs = this._records;
      (indexes || recs.map(function (_, i) { return i; })).forEach(function (i) { b.extend([recs[i][0], recs[i][1]]); });
      return b;
    },
    latLng: function (i) { return L.latLng(this._records[i][0], this._records[i][1]); },
    redraw: function () { if (this._map) { this._draw(); } },
    _reset: function () {
      var map = this._map, size = map.getSize();
      var topLeft = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(this._canvas, topLeft);
      var ratio = window.devicePixelRatio || 1;
      this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
      this._canvas.style.width = size.x + "px"; this._canvas.style.height = size.y + "px";
      this._draw();
    },
    _screen: function () {
      var map = this._map;
      var scale = Math.pow(2, map.getZoom());
      var origin = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
      return { scale: scale, ox: origin.x, oy: origin.y };
    },
    _sprite: function (colour, r) {
      // a disc of radius r (device pixels) with a 1-pixel dark rim, as ABGR words (0 = transparent)
      var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour) || [0, "77", "77", "77"];
      var fill = ((255 << 24) | (parseInt(m[3], 16) << 16) | (parseInt(m[2], 16) << 8) | parseInt(m[1], 16)) >>> 0;
      var rim = ((230 << 24) | (34 << 16) | (34 << 8) | 34) >>> 0;
      var size = 2 * r + 1, px = new Uint32Array(size * size);
      for (var dy = -r; dy <= r; dy++) {
        for (var dx = -r; dx <= r; dx++) {
          var d = Math.sqrt(dx * dx + dy * dy);
          if (d <= r + 0.35) { px[(dy + r) * size + dx + r] = d > r - 1 ? rim : fill; }
        }
      }
      return { r: r, size: size, px: px };
    },
    _spritesFor: function (ratio) {
      // one sprite per (type, radius), and each point's sprite, computed once per pixel ratio
      if (this._spriteRatio !== ratio) {
        var list = [], index = {}, recs = this._records, types = this._types;
        this._which = new Int32Array(recs.length);
        for (var i = 0; i < recs.length; i++) {
          var r = Math.round(this._radius[i] * ratio), key = recs[i][2] + "/" + r;
          if (index[key] === undefined) { index[key] = list.length; list.push(this._sprite(types[recs[i][2]].color, r)); }
          this._which[i] = index[key];
        }
        this._spriteList = list;
        this._spriteRatio = ratio;
      }
      return this._spriteList;
    },
    _draw: function () {
      // rasterised in JavaScript into one ImageData: a software-rendered canvas spends far longer
      // anti-aliasing 50,000 arcs than this loop spends copying small discs
      var ctx = this._canvas.getContext("2d");
      var ratio = window.devicePixelRatio || 1;
      var w = this._canvas.width, h = this._canvas.height;
      if (!this._buffer || this._buffer.length !== w * h) { this._buffer = new Uint32Array(w * h); }
      var buf = this._buffer;
      buf.fill(0);
      var sc = this._screen(), shown = state.shown;
      var order = this._order, px = this._px, py = this._py;
      var sprites = this._spritesFor(ratio), which = this._which;
      var scale = sc.scale * ratio, ox = sc.ox * ratio, oy = sc.oy * ratio;
      for (var k = 0; k < order.length; k++) {
        var i = order[k];
        if (!shown[i]) { continue; }
        var sprite = sprites[which[i]], r = sprite.r;
        var x = Math.round(px[i] * scale - ox), y = Math.round(py[i] * scale - oy);
        if (x < -r || y < -r || x >= w + r || y >= h + r) { continue; }
        var sp = sprite.px, size = sprite.size;
        var y0 = Math.max(0, y - r), y1 = Math.min(h - 1, y + r);
        var x0 = Math.max(0, x - r), x1 = Math.min(w - 1, x + r);
        for (var yy = y0; yy <= y1; yy++) {
          var row = yy * w, srow = (yy - y + r) * size - x + r;
          for (var xx = x0; xx <= x1; xx++) {
            var v = sp[srow + xx];
            if (v) { buf[row + xx] = v; }
          }
        }
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.putImageData(new ImageData(new Uint8ClampedArray(buf.buffer), w, h), 0, 0);
    },
    _hit: function (point) {
      var sc = this._screen(), shown = state.shown, order = this._order;
      for (var k = order.length - 1; k >= 0; k--) {
        var i = order[k];
        if (!shown[i]) { continue; }
        var dx = this._px[i] * sc.scale - sc.ox - point.x, dy = this._py[i] * sc.scale - sc.oy - point.y;
        var r = this._radius[i] + 2;
        if (dx * dx + dy * dy <= r * r) { return i; }
      }
      return null;
    },
    _onMove: function (e) {
      var self = this;
      this._lastPoint = e.containerPoint;
      if (this._movePending) { return; }
      this._movePending = true;
      requestAnimationFrame(function () {
        self._movePending = false;
        if (!self._map) { return; }
        var i = self._hit(self._lastPoint);
        if (i === self._hover) { return; }
        self._hover = i;
        self._map.getContainer().style.cursor = i === null ? "" : "pointer";
        if (i === null) { self.fire("pointout"); } else { self.fire("pointover", { index: i }); }
      });
    },
    _onOut: function () {
      if (this._hover !== null) { this._hover = null; this.fire("pointout"); }
      if (this._map) { this._map.getContainer().style.cursor = ""; }
    },
    _onClick: function (e) {
      var i = this._hit(e.containerPoint);
      if (i !== null) { this.fire("pointclick", { index: i }); }
    }
  });

  K.incidentLayer = function (map, dataId, opts) {
    var t0 = performance.now();
    var data = readJson(dataId);
    if (data.packedRecords) { data.records = inflateJson(data.packedRecords); delete data.packedRecords; }
    state.detailsId = opts.detailsId;
    state.map = map;
    state.data = data;
    state.records = data.records;
    var types = data.types;
    var layer = new PointsLayer(data.records, types);
    state.layer = layer;
    state.shown = data.records.map(function () { return true; });
    state.shownCount = data.records.length;
    var tip = L.tooltip({ direction: "top", offset: [0, -6], className: "geo-tip" });
    layer.on("pointover", function (e) {
      tip.setLatLng(layer.latLng(e.index)).setContent(el("span", null, state.records[e.index][5]));
      map.openTooltip(tip);
    });
    layer.on("pointout", function () { map.closeTooltip(tip); });
    layer.on("pointclick", function (e) { openIncident(e.index); });
    if (data.title) { addTitle(map, data.title); }
    addLegend(map, types);
    addTimeControl(map, data.range);
    (data.attribution || []).forEach(function (text) {
      // addAttribution inserts HTML: the text goes in as an escaped string.
      var span = el("span", null, text);
      map.attributionControl.addAttribution(span.innerHTML);
    });
    addExportControl(map);
    addTable(map);
    if (PHONE && map.attributionControl) {
      var attribution = map.attributionControl.getContainer();
      attribution.classList.add("geo-folded-attribution");
      attribution.setAttribute("title", "Tap to read the sources and licences");
      attribution.addEventListener("click", function (e) {
        if (e.target.tagName !== "A") { attribution.classList.toggle("geo-folded-attribution"); }
      });
    }
    // the first view frames the incidents (the border runs among them), else both countries
    if (data.records.length) {
      map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 12, animate: false });
    } else if (data.bounds) {
      map.fitBounds(data.bounds, { padding: [20, 20], animate: false });
    }
    readHash();
    applyFilter();
    map.on("moveend", writeHash);
    state.loadMs = performance.now() - t0;
    return layer;
  };

  K.markReady = function () {
    requestAnimationFrame(function () {
      state.ready = true;
      window.geoMapReady = performance.now();
      // the details' block index is read when the page is idle after the first paint; blocks
      // themselves are inflated when a popup, the search or an export needs them
      var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
      // (the first of each kind is inflated here too, so that the inflater is compiled by then)
      idle(function () {
        if (!state.detailsId || !state.records.length) { return; }
        incidentDetails(0);
        if (packed().articles.length) { articleAt(0); }
        if (packed().excerpts.length) { excerptAt(0); }
      });
    });
  };

  /* Test and automation hooks. */
  K.api = {
    get map() { return state.map; },
    get ready() { return state.ready; },
    get buildMs() { return state.loadMs; },
    totalCount: function () { return state.records.length; },
    timeline: function () {
      var tl = state.timeline;
      if (!tl) { return null; }
      var rect = tl.canvas.getBoundingClientRect();
      return { unit: tl.bins.unit, counts: tl.bins.counts.slice(), deaths: tl.bins.deaths.slice(),
        left: rect.left, top: rect.top, width: rect.width, height: rect.height,
        from: state.filter.from, to: state.filter.to, min: tl.range.min, max: tl.range.max };
    },
    incidentCount: function () { return state.layer ? state.shownCount : 0; },
    openIncident: openIncident,
    setDateRange: function (fromIso, toIso) {
      state.filter.from = fromIso ? isoToDay(fromIso) : null;
      state.filter.to = toIso ? isoToDay(toIso) : null;
      if (state.timeInputs) {
        if (state.filter.from !== null) { state.timeInputs.from.value = String(state.filter.from); }
        if (state.filter.to !== null) { state.timeInputs.to.value = String(state.filter.to); }
      }
      applyFilter();
      return K.api.incidentCount();
    },
    setShowUndated: function (show) {
      state.filter.undated = !!show;
      if (state.timeInputs) { state.timeInputs.undated.checked = !!show; }
      applyFilter();
      return K.api.incidentCount();
    },
    toggleType: function (index) {
      state.filter.hidden[index] = !state.filter.hidden[index];
      applyFilter();
      return K.api.incidentCount();
    },
    legendCounts: function () {
      var out = {};
      Object.keys(state.legendRows).forEach(function (k) { out[k] = state.legendRows[k].count.textContent; });
      return out;
    },
    exportGeoJSON: exportGeoJSON,
    openTable: function () {
      if (state.table.panel) { state.table.panel.style.display = ""; }
      renderTable();
      return state.table.rows.length;
    },
    sortTable: function (key) {
      var t = state.table;
      t.descending = (t.key === key) ? !t.descending : key !== "place";
      t.key = key;
      renderTable();
      return t.rows.slice(0, 5).map(function (i) { return state.records[i][5]; });
    },
    searchTable: function (text) {
      state.table.query = String(text || "").trim();
      renderTable();
      return state.table.rows.length;
    },
    tablePlaces: function () {
      return Array.prototype.map.call(state.table.body.querySelectorAll("tr"), function (tr) {
        return tr.children[1].textContent; });
    },
    showIncident: function (index) {
      if (!state.records[index]) { return null; }
      state.map.setView(state.layer.latLng(index), Math.max(state.map.getZoom(), 11), { animate: false });
      return openIncident(index);
    },
    exportCSV: exportCSV,
    snapshotMode: function () {
      // for --png: the map, its title, legend, scale and attribution; no buttons or panels
      state.map.closePopup();
      document.documentElement.classList.add("geo-snapshot");
      return Array.prototype.filter.call(document.querySelectorAll(".leaflet-control"), function (c) {
        return c.offsetParent !== null; }).length;
    },
    overlayNames: function () { return Object.keys(state.overlays); },
    overlayVisible: function (name) {
      var o = state.overlays[name];
      return !!(o && state.map && state.map.hasLayer(o));
    }
  };

  window.geoMapKit = K;
  window.geoMap = K.api;
})();
