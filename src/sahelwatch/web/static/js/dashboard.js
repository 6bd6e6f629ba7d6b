// Sahel Watch dashboard: filters, map (own equirectangular projection, SVG), event card, timeline.
// Everything is fetched from this server; untrusted text is only ever set with textContent.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const DEFAULT_VIEW = { minLon: -18, minLat: 4, maxLon: 25, maxLat: 26 };
const SAHEL = new Set(["562", "466", "854", "566", "148", "478"]); // Niger, Mali, Burkina Faso, Nigeria, Chad, Mauritania
const COS_LAT = Math.cos((15 * Math.PI) / 180); // equirectangular, true scale at 15°N

function slug(text) {
  return (text || "other").toLowerCase().replace(/[^a-z0-9]/g, "-");
}

function typeClass(type) {
  const known = ["battles", "explosions-remote-violence", "violence-against-civilians", "protests", "riots",
    "strategic-developments"];
  const s = slug(type);
  return "t-" + (known.includes(s) ? s : "other");
}

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (!response.ok) throw new Error(url + ": HTTP " + response.status);
  return response.json();
}

function project(lon, lat) {
  return [lon * COS_LAT, -lat];
}

// --- filters -----------------------------------------------------------------

function setupFilters() {
  const form = document.getElementById("filters");
  if (!form) return;
  const country = document.getElementById("f-country");
  const admin1 = document.getElementById("f-admin1");
  const syncAdmin1 = () => {
    for (const option of admin1.options) {
      if (!option.value) continue;
      option.hidden = Boolean(country.value) && option.dataset.country !== country.value;
    }
  };
  syncAdmin1();
  country.addEventListener("change", () => {
    const chosen = admin1.selectedOptions[0];
    if (chosen && chosen.value && country.value && chosen.dataset.country !== country.value) admin1.value = "";
    syncAdmin1();
    form.requestSubmit();
  });
  for (const id of ["f-admin1", "f-type", "f-from", "f-to"]) {
    document.getElementById(id).addEventListener("change", () => form.requestSubmit());
  }
  // Leave empty fields out of the URL so shared links stay short.
  form.addEventListener("submit", () => {
    for (const input of form.elements) {
      if (input.name && !input.value) input.disabled = true;
    }
  });
  window.addEventListener("pageshow", () => {
    for (const input of form.elements) input.disabled = false;
  });
}

// --- map ---------------------------------------------------------------------

class EventMap {
  constructor(container, status) {
    this.container = container;
    this.status = status;
    this.svg = svgEl("svg", { role: "img", "aria-label": "Map of events over country outlines" });
    this.countries = svgEl("g", { class: "countries" });
    this.labels = svgEl("g", { class: "labels" });
    this.points = svgEl("g", { class: "points" });
    this.svg.append(this.countries, this.labels, this.points);
    container.append(this.svg);
    this.view = null;
    this.selected = null;
  }

  setView(minX, minY, width, height) {
    this.view = { minX, minY, width, height };
    this.svg.setAttribute("viewBox", [minX, minY, width, height].join(" "));
    this.rescale();
  }

  fitBounds(b) {
    const [x0, y1] = project(b.minLon, b.minLat);
    const [x1, y0] = project(b.maxLon, b.maxLat);
    this.home = [x0, y0, x1 - x0, y1 - y0];
    this.setView(...this.home);
  }

  unitsPerPixel() {
    const box = this.svg.getBoundingClientRect();
    if (!box.width || !box.height) return this.view.width / 800;
    return Math.max(this.view.width / box.width, this.view.height / box.height);
  }

  rescale() {
    const k = this.unitsPerPixel();
    for (const c of this.points.children) c.setAttribute("r", (Number(c.dataset.px) * k).toFixed(4));
    for (const t of this.labels.children) t.setAttribute("font-size", (12 * k).toFixed(4));
  }

  zoom(factor, cx, cy) {
    const v = this.view;
    const centreX = cx === undefined ? v.minX + v.width / 2 : cx;
    const centreY = cy === undefined ? v.minY + v.height / 2 : cy;
    const width = Math.min(Math.max(v.width / factor, 0.05), 400);
    const height = (v.height * width) / v.width;
    this.setView(centreX - ((centreX - v.minX) * width) / v.width,
      centreY - ((centreY - v.minY) * height) / v.height, width, height);
  }

  pan(dxUnits, dyUnits) {
    const v = this.view;
    this.setView(v.minX + dxUnits, v.minY + dyUnits, v.width, v.height);
  }

  toUnits(clientX, clientY) {
    const point = this.svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    const p = point.matrixTransform(this.svg.getScreenCTM().inverse());
    return [p.x, p.y];
  }

  drawCountries(collection) {
    for (const feature of collection.features) {
      const g = feature.geometry;
      const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      const d = polygons.map((rings) => rings.map((ring) => "M" + ring.map(([lon, lat]) =>
        project(lon, lat).map((v) => v.toFixed(3)).join(" ")).join("L") + "Z").join("")).join("");
      const focus = SAHEL.has(String(feature.properties.iso_n3));
      const path = svgEl("path", { d, class: focus ? "country focus" : "country" });
      const title = svgEl("title");
      title.textContent = feature.properties.name || "";
      path.append(title);
      this.countries.append(path);
      if (focus) this.label(feature.properties.name, polygons);
    }
    this.rescale();
  }

  label(name, polygons) {
    const ring = polygons.map((p) => p[0]).sort((a, b) => b.length - a.length)[0];
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    const [x, y] = project((Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2);
    const text = svgEl("text", { x: x.toFixed(3), y: y.toFixed(3), class: "country-label" });
    text.textContent = name;
    this.labels.append(text);
  }

  drawPoints(data, onSelect) {
    const col = Object.fromEntries(data.columns.map((name, i) => [name, i]));
    for (const row of data.points) {
      const [x, y] = project(row[col.longitude], row[col.latitude]);
      const fatalities = Number(row[col.fatalities] || 0);
      const circle = svgEl("circle", {
        cx: x.toFixed(4), cy: y.toFixed(4), r: "0.1",
        class: "point " + typeClass(row[col.event_type]), "data-id": row[col.id],
      });
      circle.dataset.px = (3 + 1.6 * Math.sqrt(fatalities)).toFixed(2);
      const title = svgEl("title");
      title.textContent = `${row[col.event_date] || "?"} · ${row[col.event_type]} · ${row[col.location] || ""} · ` +
        `${fatalities} killed`;
      circle.append(title);
      this.points.append(circle);
    }
    this.points.addEventListener("click", (event) => {
      const target = event.target.closest("circle");
      if (!target) return;
      if (this.selected) this.selected.classList.remove("selected");
      this.selected = target;
      target.classList.add("selected");
      onSelect(target.dataset.id);
    });
    this.rescale();
  }

  enableInteraction() {
    let drag = null;
    this.container.addEventListener("wheel", (event) => {
      event.preventDefault();
      const [x, y] = this.toUnits(event.clientX, event.clientY);
      this.zoom(event.deltaY < 0 ? 1.25 : 0.8, x, y);
    }, { passive: false });
    this.container.addEventListener("pointerdown", (event) => {
      if (event.target.closest("circle")) return;
      drag = { x: event.clientX, y: event.clientY };
      this.container.classList.add("dragging");
      this.container.setPointerCapture(event.pointerId);
    });
    this.container.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const k = this.unitsPerPixel();
      this.pan((drag.x - event.clientX) * k, (drag.y - event.clientY) * k);
      drag = { x: event.clientX, y: event.clientY };
    });
    const stop = () => { drag = null; this.container.classList.remove("dragging"); };
    this.container.addEventListener("pointerup", stop);
    this.container.addEventListener("pointercancel", stop);
    this.container.addEventListener("keydown", (event) => this.onKey(event));
    window.addEventListener("resize", () => this.rescale());
  }

  onKey(event) {
    const step = this.view.width / 10;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) this.pan(...moves[event.key]);
    else if (event.key === "+" || event.key === "=") this.zoom(1.25);
    else if (event.key === "-") this.zoom(0.8);
    else if (event.key === "0") this.setView(...this.home);
    else return;
    event.preventDefault();
  }
}

function pointBounds(data) {
  const col = Object.fromEntries(data.columns.map((name, i) => [name, i]));
  if (!data.points.length) return DEFAULT_VIEW;
  const lons = data.points.map((p) => p[col.longitude]);
  const lats = data.points.map((p) => p[col.latitude]);
  const pad = 2;
  const b = { minLon: Math.min(...lons) - pad, maxLon: Math.max(...lons) + pad,
    minLat: Math.min(...lats) - pad, maxLat: Math.max(...lats) + pad };
  // never zoom in further than ~14 degrees across, so a single event keeps its surroundings
  const widen = (lo, hi, min) => { const extra = Math.max(0, min - (hi - lo)) / 2; return [lo - extra, hi + extra]; };
  [b.minLon, b.maxLon] = widen(b.minLon, b.maxLon, 14);
  [b.minLat, b.maxLat] = widen(b.minLat, b.maxLat, 9);
  return b;
}

async function setupMap() {
  const container = document.getElementById("map");
  if (!container) return;
  const status = document.getElementById("map-status");
  const query = container.dataset.query;
  const map = new EventMap(container, status);
  try {
    const [countries, points] = await Promise.all([
      getJSON("/static/geo/countries.geojson"), getJSON("/api/v1/map" + (query ? "?" + query : "")),
    ]);
    map.fitBounds(pointBounds(points));
    map.drawCountries(countries);
    map.drawPoints(points, showCard);
    map.enableInteraction();
    document.getElementById("zoom-in").addEventListener("click", () => map.zoom(1.5));
    document.getElementById("zoom-out").addEventListener("click", () => map.zoom(1 / 1.5));
    document.getElementById("zoom-reset").addEventListener("click", () => map.setView(...map.home));
    container.dataset.points = String(points.count);
    status.textContent = `${points.count} events on the map` + (points.truncated ? " (truncated)" : "");
    drawLegend(points);
  } catch (error) {
    status.textContent = "The map could not be loaded: " + error.message;
  }
}

function drawLegend(points) {
  const legend = document.getElementById("legend");
  const col = points.columns.indexOf("event_type");
  const types = [...new Set(points.points.map((p) => p[col]))].sort();
  for (const type of types) {
    const item = el("li");
    item.append(el("span", { class: "swatch " + typeClass(type), "aria-hidden": "true" }), type);
    legend.append(item);
  }
}

// --- event card ----------------------------------------------------------------

function highlighted(runs) {
  const quote = el("blockquote");
  for (const run of runs) {
    if (run.field) {
      const kind = run.field.split(":")[0];
      quote.append(el("mark", { class: "ev ev-" + slug(kind), title: run.field }, run.text));
    } else {
      quote.append(document.createTextNode(run.text));
    }
  }
  return quote;
}

async function showCard(eventId) {
  const card = document.getElementById("event-card");
  card.replaceChildren(el("h2", { id: "card-h" }, "Event"), el("p", { class: "muted" }, "Loading…"));
  try {
    const d = await getJSON("/api/v1/events/" + encodeURIComponent(eventId));
    const e = d.event;
    const place = e.place ? [e.place.name, e.place.admin1, e.place.country].filter(Boolean).join(", ") : "unknown";
    const facts = [
      ["Date", e.date.event_date || "unknown"], ["Type", e.sub_event_type + " (" + e.event_type + ")"],
      ["Place", place], ["Actors", [e.actor1 && e.actor1.name, e.actor2 && e.actor2.name].filter(Boolean).join(" vs ")],
      ["Fatalities", String(e.fatalities.low) + (e.fatalities.high !== e.fatalities.low ? ` (up to ${e.fatalities.high})` : "")],
      ["Sources", d.sources.map((s) => s.outlet || s.article_id).join(", ")],
    ];
    const dl = el("dl");
    for (const [name, value] of facts) dl.append(el("dt", {}, name), el("dd", {}, value));
    const parts = [el("h2", { id: "card-h" }, d.id), dl];
    if (d.mentions.length) parts.push(highlighted(d.mentions[0].highlighted));
    const link = el("a", { href: "/events/" + encodeURIComponent(d.id), class: "button" }, "Open event page");
    parts.push(el("p", {}), link);
    card.replaceChildren(...parts);
  } catch (error) {
    card.replaceChildren(el("h2", { id: "card-h" }, "Event"), el("p", {}, "Could not load " + eventId + ": " + error.message));
  }
}

// --- timeline --------------------------------------------------------------------

function weeksBetween(first, last) {
  const out = [];
  for (let t = Date.parse(first + "T00:00:00Z"); t <= Date.parse(last + "T00:00:00Z"); t += 7 * 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function niceMax(value, ticks) {
  // the smallest 1-2-5 step whose `ticks` multiples cover `value`, so every tick is a whole number
  const raw = Math.max(value, 1) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= raw));
  return step * ticks;
}

async function setupTimeline() {
  const container = document.getElementById("timeline");
  if (!container) return;
  const query = container.dataset.query;
  let stats;
  try {
    stats = await getJSON("/api/v1/stats" + (query ? "?" + query : ""));
  } catch (error) {
    container.textContent = "The timeline could not be loaded: " + error.message;
    return;
  }
  if (!stats.weeks.length) {
    container.textContent = "No dated events for these filters.";
    return;
  }
  drawTimeline(container, stats);
}

function drawTimeline(container, stats) {
  const weeks = weeksBetween(stats.weeks[0], stats.weeks[stats.weeks.length - 1]);
  const index = Object.fromEntries(weeks.map((w, i) => [w, i]));
  const counts = weeks.map(() => ({}));
  const deaths = weeks.map(() => 0);
  const col = Object.fromEntries(stats.columns.map((name, i) => [name, i]));
  for (const row of stats.rows) {
    const i = index[row[col.week]];
    const type = row[col.event_type];
    counts[i][type] = (counts[i][type] || 0) + row[col.events];
    deaths[i] += row[col.fatalities];
  }
  const W = 1000, H = 240, left = 44, right = 48, top = 10, bottom = 28;
  const plotW = W - left - right, plotH = H - top - bottom;
  const maxEvents = niceMax(Math.max(...counts.map((c) => Object.values(c).reduce((a, b) => a + b, 0))), 4);
  const maxDeaths = niceMax(Math.max(...deaths, 1), 4);
  const band = plotW / weeks.length;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `Weekly events (${stats.total_events}) and fatalities (${stats.total_fatalities}) from ${weeks[0]} to ${weeks[weeks.length - 1]}` });
  const axis = svgEl("g", { class: "axis" });
  for (let k = 0; k <= 4; k++) {
    const y = top + plotH - (plotH * k) / 4;
    axis.append(svgEl("line", { x1: left, x2: W - right, y1: y, y2: y }));
    const lt = svgEl("text", { x: left - 6, y: y + 4, "text-anchor": "end" });
    lt.textContent = String(Math.round((maxEvents * k) / 4));
    const rt = svgEl("text", { x: W - right + 6, y: y + 4 });
    rt.textContent = String(Math.round((maxDeaths * k) / 4));
    axis.append(lt, rt);
  }
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((week, i) => {
    if (i % labelEvery) return;
    const t = svgEl("text", { x: left + band * (i + 0.5), y: H - 8, "text-anchor": "middle" });
    t.textContent = week;
    axis.append(t);
  });
  svg.append(axis);
  const bars = svgEl("g", { class: "bars" });
  weeks.forEach((week, i) => {
    let base = 0;
    for (const type of stats.event_types) {
      const n = counts[i][type] || 0;
      if (!n) continue;
      const h = (plotH * n) / maxEvents;
      const rect = svgEl("rect", { x: (left + band * i + band * 0.1).toFixed(2), width: Math.max(band * 0.8, 0.5).toFixed(2),
        y: (top + plotH - base - h).toFixed(2), height: h.toFixed(2), class: typeClass(type) });
      const title = svgEl("title");
      title.textContent = `week of ${week}: ${n} ${type}`;
      rect.append(title);
      bars.append(rect);
      base += h;
    }
  });
  svg.append(bars);
  const points = deaths.map((d, i) => [left + band * (i + 0.5), top + plotH - (plotH * d) / maxDeaths]);
  svg.append(svgEl("path", { class: "fatal-line", d: "M" + points.map((p) => p.map((v) => v.toFixed(2)).join(" ")).join("L") }));
  points.forEach(([x, y], i) => {
    const dot = svgEl("circle", { cx: x.toFixed(2), cy: y.toFixed(2), r: 2.5, class: "fatal-dot" });
    const title = svgEl("title");
    title.textContent = `week of ${weeks[i]}: ${deaths[i]} fatalities`;
    dot.append(title);
    svg.append(dot);
  });
  container.replaceChildren(svg);
  container.dataset.weeks = String(weeks.length);
}

setupFilters();
setupMap();
setupTimeline();
