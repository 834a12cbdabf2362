// The feed's keyboard, after the WAI-ARIA feed pattern (SPEC rule 31): the whole feed is one Tab stop (its current
// post), Page Down / Page Up move between posts, Home / End go to the first and the newest, and a post's own buttons and
// links are reached with Tab from inside it. Without this, reaching the composer past 50 posts took 200 Tab presses.

const CONTROLS = "a[href], button, input, select, textarea, summary";

export class FeedKeyboard {
  /** @param {HTMLElement} list the feed, whose items each hold one <article> */
  constructor(list) {
    this.list = list;
    this.current = null;
    // Where focus was in the feed: a post re-rendered in place (a like, a highlight) gets it back.
    this.focused = null;
    list.removeAttribute("tabindex");
    for (const item of list.children) this.#adopt(item);
    this.#ensureCurrent();

    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) if (node instanceof HTMLElement) this.#adopt(node);
      }
      this.#ensureCurrent();
    }).observe(list, { childList: true, subtree: false, attributes: true, attributeFilter: ["hidden"] });

    list.addEventListener("focusin", (event) => {
      const article = event.target.closest("article");
      if (!article || !list.contains(article)) return;
      this.#makeCurrent(article);
      setControlsReachable(article, true);
      this.focused = { item: article.parentElement.id, action: event.target.dataset?.action ?? null };
      if (event.target === article) this.#describe(article);
    });
    list.addEventListener("focusout", (event) => {
      const article = event.target.closest("article");
      if (article && !article.contains(event.relatedTarget)) setControlsReachable(article, false);
    });
    list.addEventListener("keydown", (event) => this.#onKey(event));
  }

  #onKey(event) {
    if (event.target.matches("textarea, input, select") || event.altKey || event.metaKey) return;
    const article = event.target.closest("article");
    if (!article) return;
    const posts = this.#visibleArticles();
    const index = posts.indexOf(article);
    let next = null;
    switch (event.key) {
      case "PageDown": next = posts[index + 1]; break;
      case "PageUp": next = posts[index - 1]; break;
      case "Home": if (!event.ctrlKey) next = posts[0]; break;
      case "End": if (!event.ctrlKey) next = posts[posts.length - 1]; break;
      case "Escape": if (event.target !== article) next = article; break;
      default: return;
    }
    event.preventDefault();
    next?.focus();
  }

  /** A new item: its article can take focus, its controls wait until the article has it. */
  #adopt(item) {
    const article = item.querySelector("article");
    if (!article) return;
    article.tabIndex = -1;
    setControlsReachable(article, article.contains(document.activeElement));
    if (this.current && !this.current.isConnected && item.id === this.current.parentElement?.id) this.#makeCurrent(article);
    const lost = document.activeElement === document.body || !document.activeElement;
    if (lost && this.focused?.item === item.id) {
      const control = this.focused.action && article.querySelector(`[data-action="${this.focused.action}"]`);
      if (control) setControlsReachable(article, true);
      (control || article).focus();
    }
  }

  #makeCurrent(article) {
    if (this.current === article) return;
    if (this.current?.isConnected) this.current.tabIndex = -1;
    this.current = article;
    article.tabIndex = 0;
  }

  /** The feed's Tab stop is its newest post until the reader moves; a removed or filtered post passes it on. */
  // Runs on every batch of new posts: O(1) while the current post stays, a scan from the newest end otherwise.
  #ensureCurrent() {
    const item = this.current?.parentElement;
    if (this.current?.isConnected && item?.parentElement === this.list && !item.hidden) return;
    if (this.current?.isConnected) this.current.tabIndex = -1;
    this.current = null;
    for (let node = this.list.lastElementChild; node; node = node.previousElementSibling) {
      const article = !node.hidden && node.querySelector("article");
      if (article) { this.#makeCurrent(article); return; }
    }
  }

  /** Where the post sits in the feed, read by screen readers as "3 of 50". */
  #describe(article) {
    const posts = this.#visibleArticles();
    article.setAttribute("aria-posinset", String(posts.indexOf(article) + 1));
    article.setAttribute("aria-setsize", String(posts.length));
  }

  #visibleArticles() {
    return [...this.list.children].filter((item) => !item.hidden).map((item) => item.querySelector("article")).filter(Boolean);
  }
}

function setControlsReachable(article, reachable) {
  for (const control of article.querySelectorAll(CONTROLS)) control.tabIndex = reachable ? 0 : -1;
}
