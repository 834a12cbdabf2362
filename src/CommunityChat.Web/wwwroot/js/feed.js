// The live feed: posts in sequence order, live updates in place, and a reader who scrolls up or pauses is never
// moved: new posts wait behind an "N new posts" button (SPEC rule 19). The DOM holds a window of a few hundred posts:
// the newest while the reader follows them; around an old post (a permalink, or "Show earlier posts" far back) the
// posts after the window wait in memory (`later`) and come back as the reader scrolls down to them.
import { t, n } from "./strings.js";
import { formatTime } from "./time.js";
import { isolatedName } from "./names.js";

const NEAR_BOTTOM_PX = 48;
const NEAR_TOP_PX = 160;
/** The most posts kept in the DOM while the reader follows the newest: older ones come back on demand. */
export const FEED_CAP = 300;
/** Posts per "Show earlier posts". */
const EARLIER_PAGE = 100;
/** Posts per request while loading back to a permalinked post (the server's most per read). */
const PERMALINK_PAGE = 1000;
/** Posts shown before a permalinked post when it is far back: the rest of its window comes after it. */
const WINDOW_BEFORE = 100;
/** Posts brought back from `later` each time the reader reaches the window's end. */
const LATER_PAGE = 100;

/** Where a post goes in the feed: by sequence, and those without one (held, rule 20) last. */
const order = (post) => post.sequence ?? Infinity;
const byOrder = (a, b) => (order(a) === order(b) ? 0 : order(a) < order(b) ? -1 : 1);

export class Feed {
  /**
   * @param {HTMLElement} list
   * @param {{ me: string|null, moderator: boolean, newPostsButton: HTMLButtonElement, onAction: Function, onShown: Function,
   *   earlierButton?: HTMLButtonElement, loadEarlier?: (beforeSequence: number, limit: number) => Promise<object[]>,
   *   onEarlierShown?: (count: number) => void, cap?: number }} options
   */
  constructor(list, options) {
    this.list = list;
    this.options = options;
    this.posts = new Map();
    this.elements = new Map();
    this.pending = [];
    this.paused = false;
    this.filter = "all";
    this.muted = new Set(JSON.parse(localStorage.getItem("cc.muted") || "[]"));
    this.liked = new Set();
    /** Handles (lowercase) banned in this community, known to moderators (Join) and updated when they ban. */
    this.banned = new Set();
    // Whether the reader is at the newest post. Only the reader's own scrolling changes it: a filter, a re-rendered
    // post, a dialog or a resize changes the layout under them, and the feed then goes back to the end (SPEC rule 31).
    this.following = true;
    // Posts whose author is editing them inline (rule 28): post id → the editor element, kept across re-renders.
    this.editors = new Map();
    // Moderators' open "Previous text" panels, kept open across re-renders.
    this.openRevisions = new Set();
    // Only the newest posts are in the DOM (at most `cap` while the reader follows them); `complete` says nothing of the
    // chat lies before the oldest one shown. Authors of posts dropped from the DOM stay known for replies to them.
    this.cap = options.cap ?? FEED_CAP;
    this.complete = true;
    // Published posts after the window, oldest first, known but not in the DOM: while there are any the window is
    // detached from the newest, the reader is not following, and the new-posts button jumps to the newest.
    this.later = [];
    this.authors = new Map();
    this.loadingEarlier = null;
    options.earlierButton?.addEventListener("click", () => this.showEarlier().catch(() => {}));

    options.newPostsButton.addEventListener("click", () => this.showPending());
    list.addEventListener("scroll", () => {
      if (this.#settling) return;
      if (this.later.length && this.#nearBottom()) this.#showLater();
      this.following = this.later.length === 0 && this.#nearBottom();
      if (!this.paused && this.following) this.showPending();
      this.#updateEarlierButton();
    });
    new ResizeObserver(() => this.#keepFollowing()).observe(list);
    list.addEventListener("click", (event) => this.#onClick(event));
    // The author's Edit button goes when the 15 minutes pass (or the chat ends); the server refuses late edits anyway.
    setInterval(() => this.#refreshEditable(), 15000);
  }

  /** Replaces everything with a fresh list (first join); `complete` when nothing earlier exists for this viewer. */
  reset(posts, liked, complete = this.complete) {
    // Live events can arrive before the join's answer: keep those newer than anything in it.
    const newest = posts.reduce((max, p) => Math.max(max, p.sequence), 0);
    const early = [...this.posts.values(), ...this.pending].filter((p) => p.sequence > newest);
    posts = [...posts, ...early];
    this.complete = complete;
    if (posts.length > this.cap) {
      posts = posts.slice(posts.length - this.cap);
      this.complete = false;
    }
    this.liked = new Set(liked);
    this.posts.clear();
    this.elements.clear();
    this.pending = [];
    this.later = [];
    this.list.replaceChildren();
    // What was there when the reader arrived is not news: nothing of it is announced (SPEC rule 18).
    for (const post of posts) this.#insert(post, { announce: false });
    this.#updateNewPostsButton();
    this.scrollToEnd();
    this.#updateEarlierButton();
  }

  /**
   * A post from a live event or a catch-up. Known posts are updated in place. `announce: false` for a catch-up: what
   * happened while the reader was away is not read out post by post.
   */
  add(post, { announce = true } = {}) {
    if (this.#known(post.id)) {
      this.update(post);
      return;
    }
    if (this.paused || !this.following) {
      this.pending.push(post);
      this.#updateNewPostsButton();
      return;
    }
    this.#insert(post, { announce });
    this.#trim();
    this.scrollToEnd();
  }

  update(post) {
    const waiting = this.pending.findIndex((p) => p.id === post.id);
    if (waiting >= 0) { this.pending[waiting] = post; return; }
    const after = this.later.findIndex((p) => p.id === post.id);
    if (after >= 0) { this.later[after] = post; return; }
    if (!this.posts.has(post.id)) return;
    this.posts.set(post.id, post);
    const old = this.elements.get(post.id);
    // An open editor moves into the new rendering; focus inside the post stays where it was.
    const focused = old.contains(document.activeElement) ? document.activeElement : null;
    const fresh = this.#render(post);
    old.replaceWith(fresh);
    this.elements.set(post.id, fresh);
    if (focused?.isConnected) focused.focus();
    this.#keepFollowing();
  }

  /** Shows a post whether or not it is in the feed yet, in its place by sequence (an author's own hidden post). */
  put(post) {
    if (this.#known(post.id)) this.update(post);
    // A post older than the oldest one shown comes back with its page ("Show earlier posts"), not on its own.
    else if (!this.complete && post.sequence !== null && post.sequence < this.oldestSequence()) return;
    // After a detached window (held posts, without a sequence, go last): it comes back with the posts after it.
    else if (this.later.length && order(post) > order(this.later[0])) {
      const at = this.later.findIndex((p) => order(p) > order(post));
      this.later.splice(at < 0 ? this.later.length : at, 0, post);
    } else this.#insert(post);
  }

  /** The sequence of the oldest published post in the DOM (Infinity when there is none). */
  oldestSequence() {
    const first = this.list.firstElementChild;
    return first ? Number(first.dataset.sequence) : Infinity;
  }

  /**
   * Loads the page of posts just before the oldest one shown and puts it above, keeping what the reader sees where it
   * is; with `untilPostId`, loads pages until that post is among them (a permalink) and puts them all above at once: one
   * layout of the feed, not one per page. Resolves the number of posts added. Nothing is announced post by post: they
   * are history.
   */
  showEarlier(limit = EARLIER_PAGE, untilPostId = null) {
    if (this.complete || !this.options.loadEarlier) return Promise.resolve(0);
    this.loadingEarlier ??= (async () => {
      const button = this.options.earlierButton;
      if (button) button.disabled = true;
      try {
        const before = this.oldestSequence();
        const pages = [];
        if (before === Infinity) this.complete = true;
        for (let from = before; from !== Infinity && !this.complete;) {
          const page = await this.options.loadEarlier(from, limit);
          if (page.length < limit) this.complete = true;
          pages.unshift(page);
          if (untilPostId === null || page.length === 0 || page.some((p) => p.id === untilPostId)) break;
          from = page[0].sequence;
        }
        let fresh = pages.flat().filter((p) => !this.posts.has(p.id) && p.sequence !== null && p.sequence < before);
        const target = fresh.findIndex((p) => p.id === untilPostId);
        if (untilPostId !== null && fresh.length + this.elements.size > this.#windowSize) {
          if (target >= 0) return this.#showWindow(fresh, target);
          // The post is not there for this viewer: the page before, as the button would show it.
          if (fresh.length > EARLIER_PAGE) this.complete = false;
          fresh = fresh.slice(-EARLIER_PAGE);
        }
        const list = this.list;
        const fromBottom = list.scrollHeight - list.scrollTop;
        const fragment = document.createDocumentFragment();
        for (const post of fresh) fragment.append(this.#adopt(post));
        this.#settling = true;
        list.prepend(fragment);
        list.scrollTop = list.scrollHeight - fromBottom;
        this.#detachNewest();
        this.following = this.later.length === 0 && this.#nearBottom();
        requestAnimationFrame(() => { this.#settling = false; });
        this.#updateEmpty();
        this.#updateNewPostsButton();
        if (fresh.length) this.options.onEarlierShown?.(fresh.length);
        return fresh.length;
      } finally {
        if (button) button.disabled = false;
        this.loadingEarlier = null;
        // Nothing more to load: the button goes, and focus moves to the oldest post rather than to nowhere.
        if (this.complete && button && document.activeElement === button) this.list.querySelector(".post:not([hidden]) > article")?.focus();
        this.#updateEarlierButton();
      }
    })();
    return this.loadingEarlier;
  }

  /** The most posts in the DOM while the reader reads older ones: the cap and a page of earlier ones. */
  get #windowSize() {
    return this.cap + EARLIER_PAGE;
  }

  /** Renders a post that is not in the DOM yet and records it, for the caller to place. */
  #adopt(post) {
    this.posts.set(post.id, post);
    this.authors.set(post.id, post.author.handle);
    const element = this.#render(post);
    this.elements.set(post.id, element);
    return element;
  }

  /** Takes a post's element out of the DOM, remembering its author for replies to it. */
  #drop(element) {
    const id = Number(element.dataset.id);
    const post = this.posts.get(id);
    if (post) this.authors.set(id, post.author.handle);
    element.remove();
    this.elements.delete(id);
    this.posts.delete(id);
    this.openRevisions.delete(id);
    return post;
  }

  /**
   * A post far from what is shown (a permalink): the DOM becomes a window of posts around it, and everything after the
   * window, what was shown included, waits in `later`. `earlier` holds loaded posts before what is shown, oldest first;
   * `target` indexes the post in them, or (at or past their length) in what is shown and then `later`.
   */
  #showWindow(earlier, target) {
    const shown = [...this.list.children].map((element) => this.#drop(element)).filter(Boolean);
    const known = [...earlier, ...shown, ...this.later];
    const start = Math.max(0, target - WINDOW_BEFORE);
    const end = start + this.cap;
    this.later = known.slice(end);
    if (start > 0) this.complete = false;
    const fragment = document.createDocumentFragment();
    for (const post of known.slice(start, end)) fragment.append(this.#adopt(post));
    this.#settling = true;
    this.list.replaceChildren(fragment);
    this.following = false;
    requestAnimationFrame(() => { this.#settling = false; });
    this.#updateEmpty();
    this.#updateNewPostsButton();
    return end - start;
  }

  /** After earlier posts came in at the top: the newest beyond the window wait in `later`. */
  #detachNewest() {
    const moved = [];
    const anchor = this.#firstInView();
    while (this.elements.size > this.#windowSize) {
      const last = this.list.lastElementChild;
      if (!last || last === anchor || this.editors.has(Number(last.dataset.id))) break;
      const post = this.#dropKeepingFocus(last, anchor);
      if (post) moved.unshift(post);
    }
    this.later = [...moved, ...this.later];
  }

  /** The first post at least partly in the feed's view: what the reader sees stays put when others go. */
  #firstInView() {
    const viewTop = this.list.getBoundingClientRect().top;
    return [...this.list.children].find((element) => element.getBoundingClientRect().bottom > viewTop) ?? null;
  }

  /** Drops a post; if focus was in it (the reader scrolled away from it), it moves to the post in view. */
  #dropKeepingFocus(element, inView) {
    const hadFocus = element.contains(document.activeElement);
    const post = this.#drop(element);
    if (hadFocus) inView?.querySelector("article")?.focus({ preventScroll: true });
    return post;
  }

  /**
   * The reader reached the end of a detached window: the next posts come back from `later` below, and as many of the
   * oldest go from the top (the reader's view stays where it is). When `later` is empty the window is the newest again.
   */
  #showLater() {
    const list = this.list;
    const next = this.later.splice(0, LATER_PAGE);
    const fragment = document.createDocumentFragment();
    for (const post of next) fragment.append(this.#adopt(post));
    list.append(fragment);
    const anchor = this.#firstInView();
    const top = anchor?.getBoundingClientRect().top;
    let dropped = false;
    while (this.elements.size > this.#windowSize) {
      const first = list.firstElementChild;
      if (!first || first === anchor || this.editors.has(Number(first.dataset.id))) break;
      this.#dropKeepingFocus(first, anchor);
      dropped = true;
    }
    if (dropped) {
      this.complete = false;
      this.#settling = true;
      if (anchor) list.scrollTop += anchor.getBoundingClientRect().top - top;
      requestAnimationFrame(() => { this.#settling = false; });
    }
    this.#updateEmpty();
    this.#updateNewPostsButton();
  }

  /** A permalink (#post-N): loads earlier pages until the post is there, then shows it and gives it focus. */
  async reveal(postId) {
    if (this.pending.some((p) => p.id === postId)) this.showPending();
    const after = this.later.findIndex((p) => p.id === postId);
    if (after >= 0) this.#showWindow([], this.elements.size + after);
    if (!this.elements.has(postId)) await this.showEarlier(PERMALINK_PAGE, postId);
    const element = this.elements.get(postId);
    if (!element) return false;
    if (element.hidden) return false;
    this.following = false;
    element.scrollIntoView({ block: "center" });
    // A post just rendered is not adopted by the feed's keyboard yet (that runs after this task): focusable now.
    const article = element.querySelector("article");
    if (article && !article.hasAttribute("tabindex")) article.tabIndex = -1;
    article?.focus({ preventScroll: true });
    return true;
  }

  /** Puts an inline editor in place of a post's text (null removes it and shows the text again). */
  setEditor(postId, editor) {
    if (editor) this.editors.set(postId, editor); else this.editors.delete(postId);
    const post = this.posts.get(postId);
    if (post) this.update(post);
  }

  /** The rendered post's button for an action ("edit", "delete" …), to return focus to it. */
  buttonFor(postId, action) {
    return this.elements.get(postId)?.querySelector(`button[data-action="${action}"]`) ?? null;
  }

  remove(postId) {
    this.editors.delete(postId);
    this.pending = this.pending.filter((p) => p.id !== postId);
    this.later = this.later.filter((p) => p.id !== postId);
    this.#updateNewPostsButton();
    this.elements.get(postId)?.remove();
    this.elements.delete(postId);
    this.posts.delete(postId);
    this.#updateEmpty();
  }

  setPaused(paused) {
    this.paused = paused;
    if (!paused && this.later.length === 0 && this.#nearBottom()) this.showPending();
  }

  showPending() {
    if (this.later.length) {
      this.#jumpToNewest();
      return;
    }
    if (this.pending.length === 0) return;
    const shown = this.pending.sort((a, b) => a.sequence - b.sequence);
    this.pending = [];
    for (const post of shown) this.#insert(post);
    this.#updateNewPostsButton();
    this.following = true;
    this.#trim();
    this.scrollToEnd();
  }

  /** From a detached window back to the newest posts (at most the cap of them), following them again. */
  #jumpToNewest() {
    const newest = [...this.later, ...this.pending].sort(byOrder);
    this.later = [];
    this.pending = [];
    for (const element of [...this.list.children]) this.#drop(element);
    const fragment = document.createDocumentFragment();
    for (const post of newest.slice(-this.cap)) fragment.append(this.#adopt(post));
    this.list.replaceChildren(fragment);
    this.complete = false;
    this.#updateNewPostsButton();
    this.scrollToEnd();
  }

  setFilter(filter) {
    this.filter = filter;
    for (const [id, element] of this.elements) element.hidden = !this.#visible(this.posts.get(id));
    this.#updateNewPostsButton();
    this.#keepFollowing();
  }

  setLiked(postId, on) {
    if (on) this.liked.add(postId); else this.liked.delete(postId);
    const post = this.posts.get(postId);
    if (post) this.update(post);
  }

  /** Marks people as banned and redraws their posts. */
  setBanned(handles) {
    for (const handle of handles) this.banned.add(handle.toLowerCase());
    for (const post of this.posts.values()) {
      if (this.banned.has(post.author.handle.toLowerCase())) this.update(post);
    }
  }

  mute(handle, on) {
    const key = handle.toLowerCase();
    if (on) this.muted.add(key); else this.muted.delete(key);
    localStorage.setItem("cc.muted", JSON.stringify([...this.muted]));
    this.setFilter(this.filter);
    this.options.onMutedChanged?.([...this.muted]);
  }

  isMuted(post) {
    return this.muted.has(post.author.handle.toLowerCase());
  }

  scrollToEnd() {
    this.#settling = true;
    this.list.scrollTop = this.list.scrollHeight;
    this.following = this.later.length === 0;
    this.#updateEarlierButton();
    // The scroll event of this programmatic move arrives later; it must not be read as the reader's own.
    requestAnimationFrame(() => { this.#settling = false; });
  }

  #settling = false;

  #keepFollowing() {
    if (this.following && !this.paused) this.scrollToEnd();
  }

  #nearBottom() {
    const l = this.list;
    return l.scrollHeight - l.scrollTop - l.clientHeight < NEAR_BOTTOM_PX;
  }

  /**
   * Keeps at most `cap` posts in the DOM while the reader follows the newest (never while they have scrolled up or
   * paused, reading older ones): the oldest go, and "Show earlier posts" brings them back.
   */
  #trim() {
    if (this.paused || !this.following) return;
    let dropped = false;
    while (this.elements.size > this.cap) {
      const first = this.list.firstElementChild;
      if (!first || first.dataset.sequence === "Infinity") break;
      if (first.contains(document.activeElement) || this.editors.has(Number(first.dataset.id))) break;
      this.#drop(first);
      dropped = true;
    }
    if (dropped) {
      this.complete = false;
      this.#updateEarlierButton();
    }
  }

  #updateEarlierButton() {
    const button = this.options.earlierButton;
    if (!button) return;
    const show = !this.complete && this.list.scrollTop < NEAR_TOP_PX;
    if (button.hidden === !show) return;
    // Moving focus off a button as it goes would lose the keyboard user's place: it stays while it has focus.
    if (!show && document.activeElement === button) return;
    button.hidden = !show;
    this.list.classList.toggle("feed--earlier", show);
  }

  #updateEmpty() {
    if (this.options.emptyNotice) this.options.emptyNotice.hidden = this.posts.size > 0 || this.pending.length > 0;
  }

  #updateNewPostsButton() {
    const button = this.options.newPostsButton;
    // Only what the reader would see counts: a post the filter or a mute hides waits silently.
    const count = this.pending.filter((post) => this.#visible(post)).length;
    // Reading a detached window, the way back to the newest is always there.
    button.hidden = count === 0 && this.later.length === 0;
    button.textContent = count === 0 ? t("Jump to the newest posts") : count === 1 ? t("1 new post") : t("{0} new posts", n(count));
    this.#updateEmpty();
  }

  #refreshEditable() {
    for (const [id, element] of this.elements) {
      const post = this.posts.get(id);
      if (post.author.handle !== this.options.me || this.editors.has(id)) continue;
      const shown = element.querySelector('button[data-action="edit"]') !== null;
      if (shown !== this.#editable(post)) this.update(post);
    }
  }

  #editable(post) {
    return post.author.handle === this.options.me && post.kind !== "question" && !post.hidden && !post.rejected
      && (this.options.canEdit?.(post) ?? false);
  }

  #insert(post, { announce = true } = {}) {
    this.posts.set(post.id, post);
    const element = this.#render(post);
    this.elements.set(post.id, element);
    let before = null;
    // A post without a sequence (held, rule 20) goes last, after the other unpublished ones, in the order they came.
    for (let node = post.sequence === null ? null : this.list.lastElementChild; node; node = node.previousElementSibling) {
      if (Number(node.dataset.sequence) < (post.sequence ?? Infinity)) break;
      before = node;
    }
    this.list.insertBefore(element, before);
    this.#updateEmpty();
    if (announce) this.options.onShown?.(post);
  }

  /** A post the feed knows, shown or not (waiting behind the new-posts button, or after a detached window). */
  find(postId) {
    return this.posts.get(postId) ?? this.pending.find((p) => p.id === postId) ?? this.later.find((p) => p.id === postId);
  }

  #known(postId) {
    return this.find(postId) !== undefined;
  }

  #visible(post) {
    if (!post) return false;
    if (this.isMuted(post) && post.author.handle !== this.options.me) return false;
    switch (this.filter) {
      case "questions": return post.kind === "question" || post.author.role === "guest";
      case "highlights": return post.highlighted;
      case "mine": {
        const me = this.options.me;
        if (!me) return false;
        const parent = post.replyToId ? this.posts.get(post.replyToId)?.author.handle ?? this.authors.get(post.replyToId) : null;
        return post.author.handle === me || parent === me;
      }
      default: return true;
    }
  }

  #onClick(event) {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const item = button.closest(".post");
    const post = this.posts.get(Number(item.dataset.id));
    if (post) this.options.onAction(button.dataset.action, post, button);
  }

  #render(post) {
    const me = this.options.me;
    const li = el("div", `post post--${post.kind} post--${post.author.role}`);
    if (post.highlighted) li.classList.add("post--highlighted");
    if (post.hidden) li.classList.add("post--hidden");
    const unpublished = post.held || post.rejected;
    if (unpublished) li.classList.add(post.rejected ? "post--rejected" : "post--held");
    if (post.kind === "reply") li.classList.add("post--reply");
    li.id = `post-${post.id}`;
    li.dataset.id = post.id;
    // A post waiting for a moderator (rule 20) has no sequence: it stays below the published ones.
    li.dataset.sequence = post.sequence ?? "Infinity";
    li.hidden = !this.#visible(post);

    const article = el("article");
    article.setAttribute("aria-labelledby", `post-${post.id}-meta`);
    const meta = el("header", "post__meta");
    meta.id = `post-${post.id}-meta`;
    if (post.label) meta.append(el("span", "post__label", post.label));
    const author = el("a", "post__author");
    author.append(isolatedName(post.author.displayName));
    author.href = `/@${post.author.handle}`;
    meta.append(author, el("span", "post__handle", `@${post.author.handle}`));
    if (post.author.role !== "participant") {
      meta.append(el("span", `badge badge--${post.author.role}`, t(roleName(post.author.role))));
    }
    if (post.author.newcomer) meta.append(el("span", "badge badge--newcomer", t("First chat")));
    if (post.hidden) meta.append(el("span", "badge badge--hidden", t("Hidden")));
    if (post.held) meta.append(el("span", "badge badge--held", t("Waiting for a moderator")));
    if (post.rejected) meta.append(el("span", "badge badge--hidden", t("Not published")));
    const permalink = el("a", "post__time");
    permalink.href = `#post-${post.id}`;
    const time = el("time");
    time.setAttribute("datetime", post.createdAt);
    time.dataset.format = "time";
    formatTime(time);
    permalink.append(time);
    meta.append(permalink);
    if (post.editedAt) meta.append(edited(post.editedAt));
    article.append(meta);
    if (post.hidden && post.hiddenReason !== undefined && post.hiddenReason !== null) {
      // Its author (and moderators) see why; it never silently vanishes for them (rule 28).
      article.append(el("p", "post__hidden-note",
        post.hiddenReason ? t("Hidden by a moderator: {0}", post.hiddenReason) : t("Hidden by a moderator.")));
    }

    if (post.rejected) {
      // Its author is told why (rule 20); nobody else ever sees it.
      article.append(el("p", "post__hidden-note",
        post.rejectedReason ? t("A moderator didn't publish this: {0}", post.rejectedReason) : t("A moderator didn't publish this.")));
    }

    if (post.replyToId) {
      const parent = this.posts.get(post.replyToId)?.author.handle ?? this.authors.get(post.replyToId);
      const context = el("p", "post__context",
        parent ? t("Replying to @{0}", parent) : t("Replying to an earlier post"));
      article.append(context);
    }

    const body = el("div", "post__body");
    // The server renders Markdown with raw HTML disabled and an allow-list of link schemes (SPEC rule 5).
    body.innerHTML = post.html;
    const editor = this.editors.get(post.id);
    if (editor) body.hidden = true;
    article.append(body);
    if (editor) article.append(editor);
    if (this.options.moderator && post.editedAt) article.append(this.#revisions(post));

    const actions = el("footer", "post__actions");
    if (me && !post.hidden && !unpublished) {
      const like = button(t("Like"), "like");
      like.setAttribute("aria-pressed", String(this.liked.has(post.id)));
      actions.append(like);
    } else if (!me && !unpublished) {
      // Readers see what others liked and how to join in (SPEC rule 31).
      const signIn = el("a", "button secondary small", t("Sign in to like"));
      signIn.href = `/account/signin?returnUrl=${encodeURIComponent(location.pathname + "#post-" + post.id)}`;
      actions.append(signIn);
    }
    const likes = el("span", "like-count", post.likes === 1 ? t("1 like") : post.likes > 1 ? t("{0} likes", n(post.likes)) : "");
    actions.append(likes);
    if (me && !post.hidden && !unpublished) actions.append(button(t("Reply"), "reply"));
    if (me && post.author.handle !== me && !post.hidden && !unpublished) actions.append(button(t("Report"), "report"));
    if (me && post.author.handle === me && post.kind !== "question") {
      if (this.#editable(post) && !editor) actions.append(button(t("Edit"), "edit"));
      actions.append(button(t("Delete"), "delete"));
    }
    if (post.author.handle !== me) {
      const muted = this.isMuted(post);
      const mute = button(muted ? t("Unmute @{0}", post.author.handle) : t("Mute @{0}", post.author.handle), "mute");
      mute.dataset.muted = String(muted);
      actions.append(mute);
    }
    if (this.options.moderator && !unpublished) {
      const highlight = button(t("Highlight"), "highlight");
      highlight.setAttribute("aria-pressed", String(post.highlighted));
      actions.append(highlight);
      if (post.kind !== "question") {
        actions.append(post.hidden ? button(t("Unhide"), "unhide") : button(t("Hide"), "hide"));
        actions.append(button(t("Move"), "move"));
      }
      if (post.author.role === "participant") {
        // A banned person's posts say so instead of offering a second ban (SPEC rule 29).
        if (this.banned.has(post.author.handle.toLowerCase())) actions.append(el("span", "badge badge--banned", t("Banned")));
        else actions.append(button(t("Ban @{0}", post.author.handle), "ban"));
      }
    }
    // Many "Like" and "Hide" buttons share a name; each one's description says whose post it acts on.
    for (const b of actions.querySelectorAll("button")) b.setAttribute("aria-describedby", meta.id);
    article.append(actions);
    li.append(article);
    return li;
  }

  /** Moderators can read what an edited post said before (rule 28), loaded when they open the panel. */
  #revisions(post) {
    const details = el("details", "post__revisions");
    details.append(el("summary", "", t("Previous text")));
    const list = el("ol", "post__revisions-list");
    details.append(list);
    const load = async () => {
      try {
        const revisions = await this.options.loadRevisions(post);
        list.replaceChildren(...revisions.map((revision) => {
          const item = el("li");
          const until = el("time");
          until.setAttribute("datetime", revision.replacedAt);
          formatTime(until);
          item.append(el("span", "post__revision-time", t("Until {0}", until.textContent)), " ", el("span", "", revision.text));
          return item;
        }));
      } catch {
        list.replaceChildren(el("li", "error", t("Something went wrong. Check your connection and try again.")));
      }
    };
    details.addEventListener("toggle", () => {
      if (details.open) { this.openRevisions.add(post.id); load(); } else this.openRevisions.delete(post.id);
    });
    if (this.openRevisions.has(post.id)) details.open = true;
    return details;
  }
}

/** "edited", with the time in a tooltip and, for screen readers, in words (rule 28). */
function edited(editedAt) {
  const time = el("time");
  time.setAttribute("datetime", editedAt);
  formatTime(time);
  const mark = el("span", "post__edited");
  mark.title = t("Edited {0}", time.title);
  const visible = el("span", "", t("edited"));
  visible.setAttribute("aria-hidden", "true");
  mark.append(visible, el("span", "visually-hidden", t("Edited {0}", time.textContent)));
  return mark;
}

export function roleName(role) {
  return { host: "Host", guest: "Guest", moderator: "Moderator", participant: "Participant" }[role] ?? role;
}

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function button(text, action) {
  const b = el("button", "", text);
  b.type = "button";
  b.dataset.action = action;
  return b;
}
