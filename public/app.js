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
  for (const button of document.querySelectorAll("button.print-button")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
})();
