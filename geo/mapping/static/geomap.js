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
    details: null,
    detailsId: null,
    markers: [],
    shown: [],
    group: null,
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

  function details() {
    // Popup details are parsed on the first popup, not when the page opens.
    if (!state.details) { state.details = readJson(state.detailsId); }
    return state.details;
  }

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
    var art = details().articles[articleIndex] || ["", null, null, null];
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
    excerpts.forEach(function (s) { li.appendChild(highlighted(s[1], s[2], s[3])); });
    return li;
  }

  function groupedSources(sources) {
    // One entry per article (its title, date and link once), each distinct excerpt once below it.
    var order = [], byArticle = {};
    sources.forEach(function (s) {
      var key = String(s[0]);
      if (!byArticle[key]) { byArticle[key] = { article: s[0], excerpts: [], seen: {} }; order.push(key); }
      var sig = s[1] + "\u0000" + s[2] + "\u0000" + s[3];
      if (!byArticle[key].seen[sig]) { byArticle[key].seen[sig] = true; byArticle[key].excerpts.push(s); }
    });
    return order.map(function (key) { return byArticle[key]; });
  }

  function incidentPopup(index) {
    var rec = state.records[index];
    var d = details().incidents[index];
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
    if (d.km !== null && d.km !== undefined) {
      box.appendChild(el("p", "geo-distance", d.km.toFixed(1) + " km from the Kyrgyz\u2013Tajik border"));
    }
    var meta = [];
    if (d.gp) { meta.push("geo-precision " + d.gp); }
    if (d.id) { meta.push(d.id); }
    if (meta.length) { box.appendChild(el("p", "geo-id", meta.join(" \u00b7 "))); }
    var groups = groupedSources(d.src || []);
    var count = (d.src || []).length;
    box.appendChild(el("h4", null, "Sources (" + fmtNumber(groups.length) + " articles, " + fmtNumber(count) +
                                   " mentions)"));
    var list = el("ol", "geo-sources");
    var shown = 0;
    function more(n) {
      var stop = Math.min(groups.length, shown + n);
      for (; shown < stop; shown++) { list.appendChild(sourceItem(groups[shown].article, groups[shown].excerpts)); }
    }
    more(FIRST_SOURCES);
    box.appendChild(list);
    if (shown < groups.length) {
      var button = el("button", "geo-more", "Show " + fmtNumber(groups.length - shown) + " more");
      button.type = "button";
      button.addEventListener("click", function () {
        more(FIRST_SOURCES * 5);
        if (shown >= groups.length) { button.remove(); } else {
          button.textContent = "Show " + fmtNumber(groups.length - shown) + " more";
        }
      });
      box.appendChild(button);
    }
    return box;
  }

  function openIncident(index) {
    var marker = state.markers[index];
    if (!marker) { return null; }
    var box = incidentPopup(index);
    // a popup never wider or taller than the screen (phones)
    var width = Math.max(200, Math.min(420, window.innerWidth - 60));
    var height = Math.max(200, Math.min(420, window.innerHeight - 140));
    L.popup({ maxWidth: width, minWidth: Math.min(260, width), maxHeight: height, autoPan: true })
      .setLatLng(marker.getLatLng()).setContent(box).openOn(state.map);
    return box;
  }

  /* Legend: only the types present, with counts (of the incidents the date filter shows);
     a click on a row shows or hides that type. A size key explains the circles. */
  function addLegend(map, types) {
    var counts = types.map(function () { return 0; });
    state.records.forEach(function (r) { counts[r[2]] += 1; });
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "geo-legend leaflet-bar");
      box.appendChild(el("strong", null, "Event type (click to hide or show)"));
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
      return box;
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

  function searchText(index) {
    if (!state.searchIndex) {
      var d = details();
      state.searchIndex = state.records.map(function (r, i) {
        var parts = [r[5]];
        (d.incidents[i].src || []).forEach(function (s) {
          var art = d.articles[s[0]] || [];
          parts.push(art[0] || "", s[1] || "");
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
    var d = details();
    return visibleIndexes().map(function (i) {
      var r = state.records[i], x = d.incidents[i];
      var arts = {};
      (x.src || []).forEach(function (s) { arts[s[0]] = true; });
      var articles = Object.keys(arts).map(function (k) { return d.articles[k] || []; });
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
    var group = state.group;
    for (var i = 0; i < state.records.length; i++) {
      var day = state.records[i][3];
      var last = state.records[i][6] === null || state.records[i][6] === undefined ? day : state.records[i][6];
      // an incident's window overlaps the chosen one: a 11-14 March clash stays when "from" is the 12th
      var visible = !f.hidden[state.records[i][2]] && ((day === null) ? f.undated :
        ((f.from === null || last >= f.from) && (f.to === null || day <= f.to)));
      if (visible !== state.shown[i]) {
        state.shown[i] = visible;
        if (visible) { group.addLayer(state.markers[i]); } else { group.removeLayer(state.markers[i]); }
      }
    }
    if (state.timeLabel) { state.timeLabel(); }
    updateLegend();
    writeHash();
    if (state.table && state.table.panel && state.table.panel.style.display === "") { scheduleTable(); }
  }

  function addTimeControl(map, range) {
    if (range.min === null) { return; }
    var ctl = L.control({ position: "bottomleft" });
    ctl.onAdd = function () {
      var box = el("div", "geo-time leaflet-bar");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      box.appendChild(el("strong", null, "Event date"));
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
      return box;
    };
    ctl.addTo(map);
    state.timeLabel();
  }

  K.incidentLayer = function (map, dataId, opts) {
    var t0 = performance.now();
    var data = readJson(dataId);
    state.detailsId = opts.detailsId;
    state.map = map;
    state.data = data;
    state.records = data.records;
    var group = L.featureGroup();
    var types = data.types;
    var markers = new Array(data.records.length);
    for (var i = 0; i < data.records.length; i++) {
      var r = data.records[i];
      var t = types[r[2]];
      var m = L.circleMarker([r[0], r[1]], {
        radius: radiusFor(r[4]), color: "#222", weight: 1, opacity: 0.9,
        fillColor: t.color, fillOpacity: 0.8
      });
      m._geoIndex = i;
      markers[i] = m;
      group.addLayer(m);
    }
    state.markers = markers;
    state.shown = markers.map(function () { return true; });
    state.group = group;
    var tip = L.tooltip({ direction: "top", offset: [0, -6], className: "geo-tip" });
    group.on("mouseover", function (e) {
      var rec = state.records[e.layer._geoIndex];
      tip.setLatLng(e.layer.getLatLng()).setContent(el("span", null, rec[5]));
      map.openTooltip(tip);
    });
    group.on("mouseout", function () { map.closeTooltip(tip); });
    group.on("click", function (e) { openIncident(e.layer._geoIndex); });
    group.on("add", function () { Object.keys(state.overlays).forEach(function (k) {
      var o = state.overlays[k]; if (map.hasLayer(o)) { o.bringToBack(); } }); });
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
    // the first view frames the incidents (the border runs among them), else both countries
    if (markers.length) {
      map.fitBounds(group.getBounds(), { padding: [30, 30], maxZoom: 12, animate: false });
    } else if (data.bounds) {
      map.fitBounds(data.bounds, { padding: [20, 20], animate: false });
    }
    readHash();
    applyFilter();
    map.on("moveend", writeHash);
    state.loadMs = performance.now() - t0;
    return group;
  };

  K.markReady = function () {
    requestAnimationFrame(function () {
      state.ready = true;
      window.geoMapReady = performance.now();
      // popup details are parsed when the page is idle after the first paint, so the first popup
      // does not pay for it (and a popup that comes first parses them itself)
      var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
      idle(function () { if (state.detailsId) { details(); } });
    });
  };

  /* Test and automation hooks. */
  K.api = {
    get map() { return state.map; },
    get ready() { return state.ready; },
    get buildMs() { return state.loadMs; },
    totalCount: function () { return state.records.length; },
    incidentCount: function () { return state.group ? state.group.getLayers().length : 0; },
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
      var marker = state.markers[index];
      if (!marker) { return null; }
      state.map.setView(marker.getLatLng(), Math.max(state.map.getZoom(), 11), { animate: false });
      return openIncident(index);
    },
    exportCSV: exportCSV,
    overlayNames: function () { return Object.keys(state.overlays); },
    overlayVisible: function (name) {
      var o = state.overlays[name];
      return !!(o && state.map && state.map.hasLayer(o));
    }
  };

  window.geoMapKit = K;
  window.geoMap = K.api;
})();
