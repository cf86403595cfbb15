// parley dashboard behaviour: small, optional (every page works without it).
// Loaded as a static file because the Content-Security-Policy forbids inline scripts.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Filter selects submit their form when changed.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.requestSubmit());
  }
  // Article reader: hovering an event card outlines its sentence, and back.
  const text = document.getElementById("article-text");
  if (!text) return;
  const cards = new Map();
  for (const card of document.querySelectorAll(".event-card")) cards.set(card.id.slice(1), card);
  for (const mark of text.querySelectorAll("mark.ev")) {
    const numbers = (mark.dataset.events || "").split(" ").filter(Boolean);
    const linked = numbers.map((n) => cards.get(n)).filter(Boolean);
    const toggle = (on) => {
      mark.classList.toggle("active", on);
      for (const card of linked) card.classList.toggle("active", on);
    };
    mark.addEventListener("mouseenter", () => toggle(true));
    mark.addEventListener("mouseleave", () => toggle(false));
    for (const card of linked) {
      card.addEventListener("mouseenter", () => toggle(true));
      card.addEventListener("mouseleave", () => toggle(false));
    }
  }
});
