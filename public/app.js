// Progressive enhancement only: every feature here has a no-JavaScript fallback in the HTML.
(() => {
  for (const button of document.querySelectorAll("button.copy-link")) {
    const input = document.querySelector(button.dataset.copy);
    const status = document.querySelector(".copy-status");
    if (!input || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(input.value);
        if (status) status.textContent = status.dataset.copiedText || "";
      } catch {
        input.select();
      }
    });
  }
  // Clinic portal: the clinic's own words are scanned for red flags as they are typed (after a pause).
  for (const area of document.querySelectorAll("textarea[data-redflags]")) {
    const region = document.getElementById(area.dataset.findings);
    const token = area.form?.querySelector('input[name="_csrf"]');
    if (!region || !token) continue;
    const summary = region.querySelector(".live-summary");
    const list = region.querySelector(".live-list");
    let timer;
    let sent = null;
    const scan = async () => {
      const text = area.value;
      if (text === sent) return;
      sent = text;
      try {
        const res = await fetch(area.dataset.redflags, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ _csrf: token.value, text, field: area.name }),
        });
        if (!res.ok || area.value !== text) return;
        const fragment = document.createElement("div");
        fragment.innerHTML = await res.text();
        const said = fragment.querySelector(".live-summary");
        summary.textContent = said ? said.textContent : "";
        said?.remove();
        list.replaceChildren(...fragment.childNodes);
      } catch {
        sent = null; // offline for a moment: the next pause tries again
      }
    };
    area.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(scan, 700);
    });
  }
  for (const button of document.querySelectorAll("button.print-button")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
})();
