"use strict";
// The editor: a form generated from the declaration of keys and the source, both editing the same text; the live preview;
// diagnostics at their field and line; saving (refused when the file changed on disk); drafts kept in the browser.
(() => {
  const { json, call, el, today } = antrag;
  const $ = id => document.getElementById(id);
  const file = new URLSearchParams(location.search).get("datei") || "";
  const draftKey = "antrag-entwurf:" + file;
  const form = $("formular");
  const source = $("quelltext");
  const gutter = $("zeilen");
  const pagesBox = $("seiten");
  const previewState = $("vorschau-stand");
  const messageList = $("meldungen");
  const summary = $("meldungen-zusammenfassung");
  const notice = $("hinweis");
  const savedLabel = $("gespeichert");
  const state = {
    text: "", saved: "", base: "", disk: null, decl: null, values: null, diagnostics: [], pending: [], inflight: false, again: false,
    timer: 0, shape: null, board: [], members: [], generation: 0, hasPages: false, mode: "formular", warnedAbout: "",
  };
  const dirty = () => state.text !== state.saved;

  // ---- text, drafts, saved state -------------------------------------------------------------------------------------
  function setText(text) {
    state.text = text;
    if (source.value !== text) source.value = text;
    renderGutter();
    storeDraft();
    showSaved();
  }

  function storeDraft() {
    try {
      if (dirty()) localStorage.setItem(draftKey, JSON.stringify({ text: state.text, stand: state.base, zeit: Date.now() }));
      else localStorage.removeItem(draftKey);
    } catch { /* private mode: no drafts */ }
  }

  function readDraft() {
    try { return JSON.parse(localStorage.getItem(draftKey) || "null"); } catch { return null; }
  }

  function showSaved() {
    savedLabel.textContent = dirty() ? "Nicht gespeicherte Änderungen" : "Gespeichert";
    savedLabel.classList.toggle("ungespeichert", dirty());
    document.title = (dirty() ? "• " : "") + file + " – antrag";
  }

  function showNotice(text, ...actions) {
    notice.hidden = false;
    notice.replaceChildren(el("p", { text }), ...actions,
      el("button", { type: "button", text: "Schließen", onclick: () => { notice.hidden = true; } }));
  }

  // ---- preview and edits ---------------------------------------------------------------------------------------------
  function schedule(edit) {
    if (edit) {
      const last = state.pending[state.pending.length - 1];
      if (edit.art === "set" && last && last.art === "set" && last.pfad === edit.pfad) state.pending[state.pending.length - 1] = edit;
      else state.pending.push(edit);
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(send, state.inflight ? 0 : 15);
  }

  async function send() {
    if (state.inflight) { state.again = true; return; }
    state.inflight = true;
    const edits = state.pending.splice(0);
    const sent = state.text;
    let result;
    try {
      result = await json("POST", "/api/vorschau", { datei: file, text: sent, aenderungen: edits, dpi: window.devicePixelRatio > 1 ? 150 : 110 });
    } catch {
      result = { ok: false, data: { fehler: "Keine Verbindung zu antrag serve. Läuft das Programm noch?" } };
    }
    state.inflight = false;
    if (result.ok) apply(result.data, edits.length > 0, sent);
    else showNotice(result.data.fehler);
    if (state.again || state.pending.length) { state.again = false; send(); }
  }

  function apply(data, edited, sent) {
    if (edited && data.text !== sent) setText(data.text);
    else if (state.text !== sent) return; // typed on meanwhile: the next answer counts
    if (data.bearbeitungsfehler) showNotice(data.bearbeitungsfehler);
    state.values = data.werte;
    state.board = data.vorstand || [];
    state.members = data.mitglieder || [];
    state.diagnostics = data.meldungen || [];
    renderForm();
    renderMessages();
    renderGutter();
    if (data.seiten) {
      showPages(data.seiten);
      previewState.textContent = "aktuell";
      pagesBox.classList.remove("veraltet");
    } else {
      previewState.textContent = state.hasPages ? "veraltet: der Antrag hat Fehler" : "noch keine: der Antrag hat Fehler";
      pagesBox.classList.add("veraltet");
    }
    state.generation++;
    pagesBox.dataset.generation = String(state.generation);
  }

  function showPages(urls) {
    urls.forEach((url, i) => {
      let img = pagesBox.children[i];
      if (!img) { img = el("img", { class: "seite" }); pagesBox.append(img); }
      img.alt = `Seite ${i + 1} von ${urls.length} der Vorschau`;
      if (img.getAttribute("src") !== url) img.src = url;
    });
    while (pagesBox.children.length > urls.length) pagesBox.lastChild.remove();
    state.hasPages = true;
  }

  // ---- the form ------------------------------------------------------------------------------------------------------
  function lookup(path) {
    let v = state.values;
    for (const step of path.match(/[^.[\]]+|\[\d+\]/g) || []) {
      if (v === null || v === undefined) return undefined;
      if (step.startsWith("[")) v = Array.isArray(v) ? v[Number(step.slice(1, -1))] : undefined;
      else v = typeof v === "object" && !Array.isArray(v) ? v[step] : undefined;
    }
    return v;
  }

  const kindOf = () => { const v = lookup("art"); return typeof v === "string" && v.trim() ? v.trim() : "antrag"; };
  const idOf = path => "f-" + path.replace(/[^A-Za-z0-9]/g, "-");

  function requiredFor(key, kind) {
    return key.pflicht || key.pflichtAusserEntwurf || key.pflichtFuer.includes(kind);
  }

  function renderForm() {
    if (state.values === null) {
      state.shape = null;
      form.replaceChildren(el("p", { class: "gesperrt", text: "Der Quelltext enthält einen Fehler, deshalb ist das Formular gesperrt. Beheben Sie ihn im Quelltext – die Meldungen unten zeigen, wo." }));
      return;
    }
    const shape = kindOf() + JSON.stringify(state.values, (k, v) => (typeof v === "string" ? "" : v));
    if (shape !== state.shape) {
      const active = document.activeElement;
      const focusId = active && form.contains(active) ? active.id : null;
      const selection = focusId && "selectionStart" in active ? [active.selectionStart, active.selectionEnd] : null;
      state.shape = shape;
      buildForm();
      const again = focusId && document.getElementById(focusId);
      if (again) {
        again.focus();
        if (selection) { try { again.setSelectionRange(selection[0], selection[1]); } catch { /* not a text input */ } }
      }
    } else {
      for (const input of form.querySelectorAll("[data-pfad]")) {
        if (input !== document.activeElement && input.setValue) input.setValue(lookup(input.dataset.pfad));
      }
    }
    markFields();
  }

  function buildForm() {
    const kind = kindOf();
    const main = el("div", { class: "felder" });
    const more = el("div", { class: "felder" });
    let moreUsed = false;
    for (const key of state.decl.schluessel) {
      const present = lookup(key.name) !== undefined;
      const taken = key.nurFuer.length === 0 || key.nurFuer.includes(kind);
      if (!taken && !present) continue;
      const primary = present || requiredFor(key, kind) || ["text", "entries", "kind"].includes(key.typ);
      (primary ? main : more).append(field(key, key.name, kind));
      if (!primary) moreUsed = true;
    }
    const parts = [main];
    if (moreUsed) parts.push(el("details", { class: "weitere" }, el("summary", { text: "Weitere Angaben" }), more));
    parts.push(el("datalist", { id: "unterzeichner-liste" },
      ...state.board.map(b => el("option", { value: b.name, text: b.funktion })),
      ...state.members.map(m => el("option", { value: m }))));
    form.replaceChildren(...parts);
  }

  function wrap(key, path, control, id, kind, asGroup) {
    const label = key.label + (requiredFor(key, kind) ? " *" : "");
    const help = el("p", { class: "hilfe", id: id + "-hilfe", text: key.beschreibung });
    const message = el("p", { class: "feldmeldung", id: id + "-meldung", "data-meldung-fuer": path });
    if (asGroup) {
      return el("fieldset", { class: "feld gruppe", "data-feld": path, "aria-describedby": id + "-hilfe " + id + "-meldung" },
        el("legend", { text: label }), help, control, message);
    }
    control.id = id;
    control.setAttribute("aria-describedby", id + "-hilfe " + id + "-meldung");
    return el("div", { class: "feld", "data-feld": path }, el("label", { for: id, text: label }), control, help, message);
  }

  function field(key, path, kind) {
    const id = idOf(path);
    switch (key.typ) {
      case "mapping": {
        const inner = el("div", { class: "unterfelder" }, ...key.kinder.map(child => field(child, path + "." + child.name, kind)));
        return wrap(key, path, inner, id, kind, true);
      }
      case "lines": return wrap(key, path, linesControl(key, path, id), id, kind, true);
      case "entries": return wrap(key, path, entriesControl(key, path, id), id, kind, true);
      default: return wrap(key, path, control(key, path, kind), id, kind, false);
    }
  }

  function bind(input, path, read, write) {
    input.dataset.pfad = path;
    input.setValue = write;
    write(lookup(path));
    input.addEventListener(input.type === "checkbox" || input.tagName === "SELECT" || input.type === "date" ? "change" : "input",
      () => schedule({ art: "set", pfad: path, text: read() }));
    return input;
  }

  function control(key, path, kind) {
    const raw = lookup(path);
    switch (key.typ) {
      case "kind":
      case "choice": {
        const choices = key.typ === "kind" ? state.decl.arten.map(k => [k.name, k.titel]) : key.auswahl.map(c => [c, c]);
        const select = el("select", {}, ...(key.typ === "kind" ? [] : [el("option", { value: "", text: "—" })]),
          ...choices.map(([value, text]) => el("option", { value, text })));
        if (typeof raw === "string" && raw && !choices.some(c => c[0] === raw)) select.append(el("option", { value: raw, text: raw }));
        return bind(select, path, () => select.value, v => { select.value = typeof v === "string" ? v : (key.typ === "kind" ? kind : ""); });
      }
      case "bool": {
        const box = el("input", { type: "checkbox" });
        const fallback = key.vorgabe === "true";
        return bind(box, path, () => (box.checked ? "true" : "false"),
          v => { box.checked = typeof v === "string" && v.trim() ? ["true", "ja"].includes(v.trim().toLowerCase()) : fallback; });
      }
      case "date": return dateControl(path);
      case "text": {
        const area = el("textarea", { rows: String(Math.min(14, Math.max(3, ((raw || "").match(/\n/g) || []).length + 2))), class: "markdown" });
        return bind(area, path, () => area.value, v => { area.value = typeof v === "string" ? v : ""; });
      }
      case "linenumbering":
        if (raw !== undefined && typeof raw !== "string") return el("p", { class: "hilfe", text: "Im Quelltext bearbeiten." });
      // falls through
      default: {
        const input = el("input", { type: "text", autocomplete: "off" });
        return bind(input, path, () => input.value, v => { input.value = typeof v === "string" ? v : ""; });
      }
    }
  }

  function toIso(text) {
    const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text || "") || null;
    if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
    const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text || "");
    return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }

  function dateControl(path) {
    const raw = lookup(path);
    if (typeof raw === "string" && raw.trim() && toIso(raw) === null) {
      // A date the picker cannot show: edit it as text until it is one.
      const input = el("input", { type: "text", autocomplete: "off" });
      return bind(input, path, () => input.value, v => { input.value = typeof v === "string" ? v : ""; });
    }
    const input = el("input", { type: "date" });
    return bind(input, path, () => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
      return m ? `${m[3]}.${m[2]}.${m[1]}` : "";
    }, v => { input.value = toIso(typeof v === "string" ? v : "") || ""; });
  }

  function itemButtons(path, index, count, label) {
    return el("span", { class: "zeilenknoepfe" },
      el("button", { type: "button", class: "klein", "aria-label": `${label} nach oben`, disabled: index === 0, text: "↑",
        onclick: () => schedule({ art: "move", pfad: `${path}[${index}]`, richtung: -1 }) }),
      el("button", { type: "button", class: "klein", "aria-label": `${label} nach unten`, disabled: index === count - 1, text: "↓",
        onclick: () => schedule({ art: "move", pfad: `${path}[${index}]`, richtung: 1 }) }),
      el("button", { type: "button", class: "klein", "aria-label": `${label} entfernen`, text: "×",
        onclick: () => schedule({ art: "remove", pfad: `${path}[${index}]` }) }));
  }

  function linesControl(key, path, id) {
    const items = Array.isArray(lookup(path)) ? lookup(path) : [];
    const list = el("ol", { class: "zeilenliste" }, ...items.map((_, i) => {
      const input = el("input", { type: "text", id: `${id}-${i}`, "aria-label": `${key.label} ${i + 1}`, autocomplete: "off" });
      bind(input, `${path}[${i}]`, () => input.value, v => { input.value = typeof v === "string" ? v.trim() : ""; });
      return el("li", {}, input, itemButtons(path, i, items.length, `${key.label} ${i + 1}`));
    }));
    const add = el("button", { type: "button", class: "hinzu", text: `+ ${key.label}: Eintrag hinzufügen`,
      onclick: () => schedule({ art: "add", pfad: path, text: "" }) });
    return el("div", {}, list, add);
  }

  function entriesControl(key, path, id) {
    const items = Array.isArray(lookup(path)) ? lookup(path) : [];
    const signers = key.name === "unterzeichner";
    const head = el("tr", {}, ...key.kinder.map(c => el("th", { scope: "col", text: c.label + (c.pflicht ? " *" : "") })), el("th", { scope: "col", text: "Reihenfolge" }));
    const rows = items.map((_, i) => el("tr", {}, ...key.kinder.map(child => {
      const cellPath = `${path}[${i}].${child.name}`;
      let input;
      if (child.typ === "date") input = dateControl(cellPath);
      else {
        input = el("input", { type: "text", autocomplete: "off" });
        bind(input, cellPath, () => input.value, v => { input.value = typeof v === "string" ? v : ""; });
      }
      input.id = idOf(cellPath);
      input.setAttribute("aria-label", `${child.label}, Eintrag ${i + 1}`);
      if (signers && child.name === "name") {
        input.setAttribute("list", "unterzeichner-liste");
        input.addEventListener("change", () => {
          const member = state.board.find(b => b.name === input.value.trim());
          const role = lookup(`${path}[${i}].funktion`);
          if (member && !(typeof role === "string" && role.trim())) schedule({ art: "set", pfad: `${path}[${i}].funktion`, text: member.funktion });
        });
      }
      return el("td", {}, input);
    }), el("td", {}, itemButtons(path, i, items.length, `Eintrag ${i + 1}`))));
    const table = el("table", { class: "eintraege" }, el("thead", {}, head), el("tbody", {}, ...rows));
    const add = el("button", { type: "button", class: "hinzu", text: `+ ${key.label}: Eintrag hinzufügen`, onclick: () => {
      const entry = {};
      for (const child of key.kinder) {
        if (child.typ === "date") entry[child.name] = today();
        else if (child.pflicht) entry[child.name] = "";
      }
      schedule({ art: "add", pfad: path, eintrag: entry });
    } });
    return el("div", { class: "tabelle" }, table, add);
  }

  function markFields() {
    for (const m of form.querySelectorAll(".feldmeldung")) m.replaceChildren();
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    for (const box of form.querySelectorAll(".feld.hat-fehler, .feld.hat-warnung")) box.classList.remove("hat-fehler", "hat-warnung");
    for (const d of state.diagnostics) {
      if (!d.feld || d.datei) continue;
      for (const input of form.querySelectorAll(`[data-pfad="${CSS.escape(d.feld)}"]`)) {
        if (d.schwere === "fehler") input.setAttribute("aria-invalid", "true");
      }
      let path = d.feld;
      let target = null;
      while (path) {
        target = form.querySelector(`[data-meldung-fuer="${CSS.escape(path)}"]`);
        if (target) break;
        const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
        if (shorter === path) break;
        path = shorter;
      }
      if (!target) continue;
      target.append(el("span", { class: d.schwere, text: `${d.schwere === "fehler" ? "Fehler" : "Warnung"}: ${d.text}${d.hinweis ? " – " + d.hinweis : ""}` }));
      target.closest(".feld")?.classList.add(d.schwere === "fehler" ? "hat-fehler" : "hat-warnung");
    }
  }

  // ---- messages and the source's gutter -----------------------------------------------------------------------------
  function place(d) {
    const line = d.zeile > 0 ? `Zeile ${d.zeile}` : "";
    return d.datei ? `${d.datei}${line ? ", " + line : ""}` : line || "Datei";
  }

  function renderMessages() {
    const errors = state.diagnostics.filter(d => d.schwere === "fehler").length;
    const warnings = state.diagnostics.length - errors;
    summary.textContent = state.diagnostics.length === 0 ? "Keine Fehler und keine Warnungen." : `${errors} Fehler, ${warnings} Warnungen`;
    messageList.replaceChildren(...state.diagnostics.map(d => el("li", { class: d.schwere },
      el("strong", { text: (d.schwere === "fehler" ? "Fehler" : "Warnung") + " (" + place(d) + "): " }),
      el("span", { text: d.text }),
      d.hinweis ? el("span", { class: "hinweistext", text: " Hinweis: " + d.hinweis }) : null,
      !d.datei && d.zeile > 0 ? el("button", { type: "button", class: "klein", text: "Anzeigen", onclick: () => goTo(d) }) : null)));
  }

  function renderGutter() {
    const count = state.text.split("\n").length;
    const marks = new Map();
    for (const d of state.diagnostics) {
      if (d.datei || d.zeile <= 0) continue;
      for (let line = d.zeile; line <= Math.max(d.zeile, d.bisZeile || d.zeile) && line <= count; line++) {
        const mark = marks.get(line) || { schwere: "warnung", texte: [] };
        if (d.schwere === "fehler") mark.schwere = "fehler";
        mark.texte.push(d.text);
        marks.set(line, mark);
      }
    }
    const lines = [];
    for (let i = 1; i <= count; i++) {
      const mark = marks.get(i);
      lines.push(mark ? el("span", { class: "zeile " + mark.schwere, title: mark.texte.join("\n"), "data-zeile": String(i), text: String(i) })
        : el("span", { class: "zeile", text: String(i) }));
    }
    gutter.replaceChildren(...lines);
    gutter.scrollTop = source.scrollTop;
  }

  function goTo(d) {
    if (state.mode === "formular" && d.feld) {
      const input = form.querySelector(`[data-pfad="${CSS.escape(d.feld)}"]`);
      if (input) {
        input.closest("details")?.setAttribute("open", "");
        input.focus();
        return;
      }
    }
    select("quelltext");
    const lines = state.text.split("\n");
    const start = lines.slice(0, d.zeile - 1).reduce((n, l) => n + l.length + 1, 0);
    source.focus();
    source.setSelectionRange(start, start + (lines[d.zeile - 1] || "").length);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
    source.scrollTop = Math.max(0, (d.zeile - 4) * lineHeight);
  }

  // ---- tabs ---------------------------------------------------------------------------------------------------------
  const tabs = { formular: $("reiter-formular"), quelltext: $("reiter-quelltext") };
  function select(mode) {
    state.mode = mode;
    for (const [name, tab] of Object.entries(tabs)) {
      const on = name === mode;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute("aria-controls")).hidden = !on;
    }
    if (mode === "quelltext") renderGutter();
  }
  tabs.formular.addEventListener("click", () => select("formular"));
  tabs.quelltext.addEventListener("click", () => select("quelltext"));
  document.querySelector('[role="tablist"]').addEventListener("keydown", e => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const next = state.mode === "formular" ? "quelltext" : "formular";
    select(next);
    tabs[next].focus();
  });

  source.addEventListener("input", () => { setText(source.value); schedule(); });
  source.addEventListener("scroll", () => { gutter.scrollTop = source.scrollTop; });

  // ---- saving, conflicts, the file on disk --------------------------------------------------------------------------
  async function save() {
    const text = state.text;
    const { ok, status, data } = await json("PUT", "/api/datei", { datei: file, text, stand: state.base });
    if (ok) {
      state.base = data.stand;
      state.saved = text;
      state.warnedAbout = "";
      storeDraft();
      showSaved();
      notice.hidden = true;
      return;
    }
    if (status === 409) conflict(data);
    else showNotice(data.fehler || "Speichern ist fehlgeschlagen.");
  }

  const dialog = $("konflikt");
  function conflict(data) {
    state.disk = data;
    $("konflikt-text").textContent = data.fehler;
    $("konflikt-meine").value = state.text;
    $("konflikt-platte").value = data.platte;
    const mine = state.text.split("\n");
    const theirs = data.platte.split("\n");
    const differing = [];
    for (let i = 0; i < Math.max(mine.length, theirs.length); i++) if (mine[i] !== theirs[i]) differing.push(i + 1);
    $("konflikt-unterschiede").textContent = differing.length === 0 ? "Beide Fassungen sind gleich."
      : "Unterschiede in Zeile " + differing.slice(0, 20).join(", ") + (differing.length > 20 ? " …" : "") + ".";
    if (!dialog.open) dialog.showModal();
  }
  $("konflikt-meine-speichern").addEventListener("click", async () => {
    state.base = state.disk.stand;
    dialog.close();
    await save();
  });
  $("konflikt-platte-nehmen").addEventListener("click", () => {
    state.base = state.disk.stand;
    state.saved = state.disk.platte;
    setText(state.disk.platte);
    dialog.close();
    schedule();
  });
  $("konflikt-abbrechen").addEventListener("click", () => dialog.close());

  async function watchDisk() {
    let result;
    try { result = await json("GET", "/api/datei/stand?datei=" + encodeURIComponent(file)); } catch { return; }
    if (!result.ok || !result.data.vorhanden || result.data.stand === state.base || result.data.stand === state.warnedAbout) return;
    state.warnedAbout = result.data.stand;
    const disk = await json("GET", "/api/datei?datei=" + encodeURIComponent(file));
    if (!disk.ok) return;
    if (!dirty()) {
      state.base = disk.data.stand;
      state.saved = disk.data.text;
      setText(disk.data.text);
      schedule();
      showNotice("Die Datei wurde außerhalb geändert (in einem anderen Programm oder durch git) und neu geladen.");
    } else {
      showNotice("Die Datei wurde außerhalb geändert, während Sie hier Änderungen haben. Beim Speichern wird nichts überschrieben.",
        el("button", { type: "button", text: "Beide Fassungen vergleichen",
          onclick: () => conflict({ fehler: "Die Datei wurde außerhalb geändert.", platte: disk.data.text, stand: disk.data.stand }) }));
    }
  }

  async function downloadPdf() {
    const response = await call("POST", "/api/pdf", { datei: file, text: state.text });
    if (!response.ok) {
      let message = "Das PDF ließ sich nicht erzeugen.";
      try { message = (await response.json()).fehler || message; } catch { /* keep the general message */ }
      showNotice(message);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: file.split("/").pop().replace(/\.(ya?ml|md)$/i, "") + ".pdf" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  $("speichern").addEventListener("click", save);
  $("pdf").addEventListener("click", downloadPdf);
  document.addEventListener("keydown", e => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") { e.preventDefault(); save(); }
  });
  window.addEventListener("beforeunload", e => {
    if (dirty()) { e.preventDefault(); e.returnValue = ""; }
  });

  async function start() {
    const [declaration, loaded] = await Promise.all([json("GET", "/api/erklaerung"), json("GET", "/api/datei?datei=" + encodeURIComponent(file))]);
    if (!loaded.ok) {
      form.replaceChildren(el("p", { class: "gesperrt", text: loaded.data.fehler }));
      return;
    }
    state.decl = declaration.data;
    state.base = loaded.data.stand;
    state.saved = loaded.data.text;
    $("titel").textContent = loaded.data.datei;
    const draft = readDraft();
    if (draft && typeof draft.text === "string" && draft.text !== loaded.data.text) {
      state.base = draft.stand;
      setText(draft.text);
      const when = new Date(draft.zeit).toLocaleString("de-DE");
      showNotice(`Nicht gespeicherte Änderungen vom ${when} wurden wiederhergestellt.`,
        el("button", { type: "button", text: "Änderungen verwerfen", onclick: () => {
          state.base = loaded.data.stand;
          setText(loaded.data.text);
          notice.hidden = true;
          schedule();
        } }));
    } else {
      setText(loaded.data.text);
    }
    schedule();
    setInterval(watchDisk, 1500);
  }

  start();
})();
