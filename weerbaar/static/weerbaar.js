// The page's behaviour that Gradio has no setting for; loaded in <head> by weerbaar/ui_render.py.
(() => {
  // The page is Dutch (Gradio's template says lang="en"); answers in English carry their own lang.
  document.documentElement.lang = "nl";

  const lastAnswer = () => {
    const bots = document.querySelectorAll('#wb-chat [data-testid="bot"]');
    return bots.length ? bots[bots.length - 1] : null;
  };
  const focusOn = (el) => {
    if (!el) return;
    if (!el.hasAttribute("tabindex") && !el.matches("a[href], button, input, textarea, select")) {
      el.setAttribute("tabindex", "-1");
    }
    el.focus({preventScroll: true});
    el.scrollIntoView({behavior: "smooth", block: "nearest"});
  };

  // ---- citations: a marker [n] jumps to its source without navigating, and takes focus there;
  // the source's "terug naar het antwoord" button brings focus back to the marker.
  let lastMarker = null;
  document.addEventListener("click", (event) => {
    const el = event.target.closest ? event.target : event.target.parentElement;
    const back = el && el.closest(".wb-back");
    if (back) {
      const source = back.closest(".wb-source");
      const marker = lastMarker && lastMarker.isConnected
        && lastMarker.getAttribute("href") === `#${source && source.id}` ? lastMarker : null;
      focusOn(marker || lastAnswer());
      return;
    }
    const link = el && el.closest('a[href^="#bron-"]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    event.preventDefault();
    event.stopPropagation();
    if (!target) return;
    const folded = target.closest("details");
    if (folded) folded.open = true;
    lastMarker = link;
    focusOn(target);
    target.classList.add("wb-flash");
    setTimeout(() => target.classList.remove("wb-flash"), 1800);
  }, true);

  // ---- one polite live region says what happened where the keyboard is not: the finished answer
  // (once, not every streamed piece), a record opened under the table, comparison cards found.
  const live = document.createElement("div");
  live.id = "wb-live";
  live.className = "wb-sr-only";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  const say = (text) => {
    live.textContent = "";
    setTimeout(() => { live.textContent = text; }, 100);  // a changed text is announced, an equal one not
  };

  const announced = new Set();
  const visibleText = (el) => {  // what is on screen: markers as [n], without their hidden names
    const copy = el.cloneNode(true);
    for (const hidden of copy.querySelectorAll(".wb-sr-only")) hidden.remove();
    return copy.textContent.trim();
  };
  // Focus follows the answer only from where a question is asked, never away from another task.
  const ASKED_FROM = "#wb-ask-row, #wb-examples, #wb-chat";
  const finished = () => {
    const panel = document.querySelector("#wb-sources-panel .wb-sources");
    if (!panel) return;
    const state = panel.dataset.state, turn = panel.dataset.turn;
    if (state === "idle") announced.clear();  // a new conversation numbers its turns from 1 again
    if ((state !== "done" && state !== "error") || announced.has(turn)) return;
    announced.add(turn);
    const settle = (tries) => {  // the chat may render its last update a moment after the panel
      const answer = lastAnswer();
      const text = answer ? visibleText(answer) : "";
      if ((!text || text === "…" || text.endsWith("▍")) && tries < 30) return setTimeout(() => settle(tries + 1), 100);
      if (!answer) return;
      answer.setAttribute("role", "article");
      answer.setAttribute("aria-label", "Antwoord");
      say("Antwoord: " + text);
      const from = document.activeElement;
      if (!from || from === document.body || from.closest(ASKED_FROM)) focusOn(answer);
    };
    settle(0);
  };

  let lastDetail = "", lastCards = "";
  const results = () => {
    const name = document.querySelector("#wb-detail .wb-record h3");
    const detail = name ? name.textContent.trim() : "";
    if (detail && detail !== lastDetail) say(`De beschrijving van ${detail} staat onder de tabel.`);
    lastDetail = detail;
    const cards = document.querySelector("#wb-cards");
    const found = cards ? cards.textContent.trim().slice(0, 200) : "";
    if (found && found !== lastCards) {
      const n = cards.querySelectorAll(".wb-card").length;
      say(n ? `${n} gemeenten met een vergelijkbare aanpak gevonden.` : found);
    }
    lastCards = found;
  };

  // ---- Gradio widgets that fail WCAG as they come, repaired in place.
  const repair = () => {
    // the chat log is itself a polite live region, which would read every streamed piece aloud
    for (const log of document.querySelectorAll('#wb-chat [role="log"][aria-live="polite"]')) {
      log.setAttribute("aria-live", "off");
      log.setAttribute("aria-label", "Gesprek");
    }
    // the read-only Markdown export scrolls, so the keyboard must be able to reach it
    for (const scroller of document.querySelectorAll('#wb-export .cm-scroller:not([tabindex="0"])')) {
      scroller.setAttribute("tabindex", "0");
      scroller.setAttribute("role", "region");
      scroller.setAttribute("aria-label", "Antwoord met bronnen als Markdown");
    }
    // a toast's header is a button (it folds stacked toasts) that holds the close button: a control
    // inside a control, which screen readers announce badly. The close button stays; the fold is mouse-only.
    for (const header of document.querySelectorAll('.toast-header[role="button"]')) {
      header.removeAttribute("role");
      header.removeAttribute("tabindex");
    }
  };

  // ---- a full queue gets a Dutch message (Gradio's frontend has the English text built in).
  const BUSY_EN = "This application is currently busy";
  const BUSY_NL = "Het is druk, probeer het zo opnieuw.";
  const translate = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    if (!texts.some((t) => t.nodeValue.includes(BUSY_EN))) return;
    for (const t of texts) {
      if (t.nodeValue.includes(BUSY_EN)) t.nodeValue = BUSY_NL;
      else if (t.nodeValue.trim() === "Error") t.nodeValue = "Druk";  // the toast's title
    }
  };

  const start = () => {
    document.body.appendChild(live);
    new MutationObserver((records) => {
      repair();
      finished();
      results();
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType === 1) translate(n.closest("[class*=toast]") || n);
        else if (n.nodeType === 3 && n.nodeValue.includes(BUSY_EN)) translate(n.parentElement.closest("[class*=toast]") || n.parentElement);
      }
    // Gradio patches an updated HTML block in place: the sources panel's step from "sources" to "done" can be
    // an attribute and text change alone, with no node added, so those are watched too.
    }).observe(document.body, {childList: true, subtree: true, characterData: true,
                               attributes: true, attributeFilter: ["data-state", "data-turn"]});
  };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
