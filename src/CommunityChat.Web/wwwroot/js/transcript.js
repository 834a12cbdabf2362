// The transcript of a big chat (issue 8): its first view holds each question's guest answers and first answers;
// "Show all N answers" (a link to ?q=n that works without script) loads the rest of that question in place, and a
// permalink to a post left out of the first view loads its question, then lands on the post.
const map = JSON.parse(document.getElementById("transcript-map")?.textContent || "{}");

/** Replaces a question's section with its whole version from ?q=n. Resolves the new section, or null on failure. */
async function openQuestion(number) {
  const current = document.getElementById(`q${number}`);
  if (!current || current.dataset.whole === "true") return current;
  const url = new URL(location.href);
  url.searchParams.set("q", String(number));
  url.hash = "";
  const response = await fetch(url);
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const whole = page.getElementById(`q${number}`);
  if (!whole) return null;
  const fresh = document.importNode(whole, true);
  fresh.dataset.whole = "true";
  current.replaceWith(fresh);
  return fresh;
}

document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[data-question]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const number = Number(link.dataset.question);
  const shown = link.closest("section").querySelectorAll(":scope > ol:last-of-type > li").length;
  const section = await openQuestion(number).catch(() => null);
  if (!section) { location.href = link.href; return; }
  // Focus goes to the first answer that was not there before, so keyboard and screen-reader users read on.
  const next = section.querySelectorAll(":scope > ol:last-of-type > li")[shown]?.querySelector("article");
  if (next) {
    next.tabIndex = -1;
    next.focus();
  }
});

async function revealPermalink() {
  const match = /^#post-(\d+)$/.exec(location.hash);
  if (!match || document.getElementById(`post-${match[1]}`)) return;
  const number = map[match[1]];
  if (number === undefined) return;
  await openQuestion(number).catch(() => null);
  const post = document.getElementById(`post-${match[1]}`);
  if (!post) return;
  post.scrollIntoView({ block: "start" });
  const article = post.querySelector("article");
  article.tabIndex = -1;
  article.focus({ preventScroll: true });
}

window.addEventListener("hashchange", revealPermalink);
revealPermalink();
