// Behaviour shared by every page, run once (the layout loads it): times in the viewer's zone, the folds.
import { formatTimes } from "./time.js";

formatTimes();

// Folds (site.css): on a phone the chat's facts and the console's questions and settings wait behind a toggle.
document.querySelectorAll(".fold").forEach((fold) => {
  const toggle = fold.querySelector(".fold__toggle");
  toggle?.addEventListener("click", () => {
    const open = !fold.hasAttribute("data-open");
    fold.toggleAttribute("data-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
});
