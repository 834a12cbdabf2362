// What the live room and the moderator console share: the connection, the feed, the composer, the toolbar.
import { t, n } from "./strings.js";
import { RoomConnection } from "./connection.js";
import { Feed } from "./feed.js";
import { FeedKeyboard } from "./feed-keys.js";
import { Composer } from "./composer.js";
import { Announcer } from "./announcer.js";
import { OwnPosts } from "./own-posts.js";
import { Polls } from "./polls.js";
import { CurrentQuestion } from "./current-question.js";
import { SoFar } from "./so-far.js";
import { Suggestions } from "./suggestions.js";
import { isolatedName } from "./names.js";

export function readConfig() {
  return JSON.parse(document.getElementById("room-config").textContent);
}

/**
 * @param {{ chatId: number, me: string|null, moderator: boolean, hashtag: string, maxLength: number }} config
 * @param {{ chatChanged?: Function, joined?: Function, postAdded?: Function, held?: Function, postHeld?: Function, postRemoved?: Function }} hooks
 */
export function openRoom(config, hooks = {}) {
  const $ = (id) => document.getElementById(id);
  const roomError = $("room-error");
  const state = { chat: null, asked: [], privileged: config.moderator };

  const showError = (message) => {
    roomError.textContent = message;
    roomError.hidden = !message;
  };
  const showNotice = (message) => {
    const notice = $("room-notice");
    notice.textContent = message;
    notice.hidden = !message;
  };

  const announcer = new Announcer($("announcer"), $("announce-toggle"));
  // The newest posts as the server rendered them (PostReader.FirstView): the first Join starts after the last of them.
  const firstView = JSON.parse($("room-posts")?.textContent || '{"posts":[],"complete":true}');
  const feed = new Feed($("feed"), {
    me: config.me,
    moderator: config.moderator,
    newPostsButton: $("new-posts"),
    emptyNotice: $("feed-empty"),
    earlierButton: $("earlier-posts"),
    loadEarlier: async (before, limit) => {
      const response = await fetch(`/api/chats/${config.chatId}/posts?before=${before}&limit=${limit}`);
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        showError(problem.detail ?? t("Something went wrong. Check your connection and try again."));
        throw new Error(response.statusText);
      }
      return response.json();
    },
    onEarlierShown: (count) => announcer.say(t("Earlier posts shown: {0}", n(count))),
    onAction: (action, post, button) => act(action, post, button).catch((e) => showError(e.message)),
    onShown: (post) => { if (post.author.handle !== config.me) announcer.post(post); },
    onMutedChanged: renderMuted,
    canEdit: (post) => state.chat?.status === "live" && own.withinWindow(post),
    loadRevisions: async (post) => {
      const response = await fetch(`/api/posts/${post.id}/revisions`);
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    },
  });
  const own = new OwnPosts({
    chatId: config.chatId,
    me: config.me,
    feed,
    invoke: (...args) => connection.invoke(...args),
    say: (text) => announcer.say(text),
  });

  new FeedKeyboard($("feed"));
  const current = new CurrentQuestion($("current-question"));
  const soFar = new SoFar({
    chatId: config.chatId,
    toggle: $("so-far-toggle"),
    section: $("so-far"),
    feed: [document.querySelector(".feed-wrap")],
  });
  const polls = new Polls({
    chatId: config.chatId,
    me: config.me,
    before: document.querySelector(".feed-wrap"),
    invoke: (...args) => connection.invoke(...args),
    say: (text) => announcer.say(text),
  });

  const suggestions = new Suggestions({
    chatId: config.chatId,
    me: config.me,
    invoke: (...args) => connection.invoke(...args),
    say: (text) => announcer.say(text),
  });

  const composerRoot = $("composer");
  const composer = composerRoot && new Composer(composerRoot, {
    hashtag: config.hashtag,
    maxLength: config.maxLength,
    draftKey: `cc.draft.${config.chatId}`,
    send: async (text, questionNumber, replyToId) => {
      const post = await connection.invoke("Send", config.chatId, text, questionNumber, replyToId);
      if (post.held) {
        // Committed, but waiting for a moderator (rule 20): shown to its author only, below the published posts.
        feed.put(post);
        announcer.say(t("Your post is waiting for a moderator."));
      } else {
        feed.add(post);
      }
      feed.showPending();
    },
  });

  /** A permalink (#post-N) to a post not on screen loads back to it. */
  function revealPermalink() {
    const match = /^#post-(\d+)$/.exec(location.hash);
    if (match) feed.reveal(Number(match[1])).catch(() => {});
  }
  window.addEventListener("hashchange", revealPermalink);

  const connection = new RoomConnection(config.chatId, {
    joined: (result, isCatchUp) => {
      if (isCatchUp) {
        for (const id of result.hidden) feed.remove(id);
        // What came while the reader was away is history: one sentence, not each post read out (SPEC rule 18).
        for (const post of result.posts) feed.add(post, { announce: false });
        if (result.posts.length) announcer.say(result.posts.length === 1 ? t("1 new post") : t("{0} new posts", n(result.posts.length)));
        refreshKnownPosts().catch(() => {}); // likes and highlights may have changed while away
      } else {
        // The server's first view, less what was hidden since it was rendered, then everything after it.
        const hidden = new Set(result.hidden);
        feed.reset([...firstView.posts.filter((p) => !hidden.has(p.id)), ...result.posts], result.liked, firstView.complete);
        firstView.posts = [];
        revealPermalink();
      }
      if (result.banned?.length) feed.setBanned(result.banned);
      // Posts without a sequence (rule 20): the queue for moderators (the console shows it), one's own otherwise.
      if (result.moderator) { hooks.held?.(result.held ?? []); hooks.reportsChanged?.(); }
      else for (const post of result.held ?? []) feed.put(post);
      state.asked = result.questions;
      current.show([...result.questions].sort((a, b) => Date.parse(a.askedAt) - Date.parse(b.askedAt)).at(-1));
      soFar.changed();
      setChat(result.chat);
      setOnline(result.online);
      polls.reset(result.polls);
      suggestions.reset(result.suggestions);
      hooks.joined?.(result);
    },
    postAdded: (post) => {
      feed.add(post);
      soFar.changed();
      if (post.kind === "question") current.show(post);
      if (post.kind === "question" && !state.asked.some((q) => q.number === post.questionNumber)) {
        state.asked.push({ number: post.questionNumber, text: post.text, askedAt: post.createdAt });
        composer?.setQuestions(state.asked);
      }
      hooks.postAdded?.(post);
    },
    postChanged: (post) => {
      own.changed(post);
      soFar.changed();
      if (post.kind === "question" && $("current-question-label").textContent === post.label) current.show(post); // a corrected question (rule 27)
      // A corrected question (rule 27) keeps the room's list of asked questions true.
      const asked = post.kind === "question" && state.asked.find((q) => q.number === post.questionNumber);
      if (asked) asked.text = post.text;
    },
    postRemoved: (postId) => { own.removed(postId); soFar.changed(); hooks.postRemoved?.(postId); },
    reportsChanged: () => hooks.reportsChanged?.(),
    postHeld: (post) => {
      if (post.author.handle === config.me) {
        if (post.sequence !== null) {
          // Approved: it takes its place in the chat by its new sequence.
          feed.remove(post.id);
          feed.add(post);
          announcer.say(t("A moderator approved your post: it's in the chat now."));
        } else {
          feed.put(post);
          if (post.rejected) announcer.say(t("A moderator didn't publish your post."));
        }
      }
      hooks.postHeld?.(post);
    },
    chatChanged: (chat) => setChat(chat),
    online: setOnline,
    pollChanged: (poll) => polls.changed(poll),
    suggestionChanged: (suggestion) => suggestions.changed(suggestion),
    state: setConnectionState,
    failureText: () => t("Something went wrong. Check your connection and try again."),
  }, firstView.posts.reduce((max, p) => Math.max(max, p.sequence ?? 0), 0));

  /** Re-reads the posts on screen through the API and updates them in place (likes, highlights). */
  async function refreshKnownPosts() {
    const pageSize = 1000;
    const oldest = feed.oldestSequence();
    if (oldest === Infinity) return;
    for (let after = oldest - 1; ;) {
      const response = await fetch(`/api/chats/${config.chatId}/posts?after=${after}&limit=${pageSize}`);
      if (!response.ok) return;
      const page = await response.json();
      // put, not update: a post unhidden while this client was away comes back in its place.
      for (const post of page) feed.put(post);
      if (page.length < pageSize) return;
      after = page[page.length - 1].sequence;
    }
  }

  async function act(action, post, button) {
    showError("");
    switch (action) {
      case "like": {
        const on = button.getAttribute("aria-pressed") !== "true";
        await connection.invoke(on ? "Like" : "Unlike", post.id);
        feed.setLiked(post.id, on);
        break;
      }
      case "reply":
        composer?.startReply(post);
        break;
      case "mute":
        feed.mute(post.author.handle, button.dataset.muted !== "true");
        announcer.say(button.dataset.muted === "true" ? t("@{0} unmuted", post.author.handle) : t("@{0} muted", post.author.handle));
        break;
      case "highlight":
        await connection.invoke("Highlight", post.id, !post.highlighted);
        break;
      case "hide": {
        const reason = await askReason(post);
        if (reason !== null) await connection.invoke("Hide", post.id, reason);
        break;
      }
      case "unhide":
        await connection.invoke("Unhide", post.id);
        break;
      case "move": {
        const number = await askQuestion(post, state.asked);
        if (number !== null) {
          const moved = await connection.invoke("Move", post.id, number);
          announcer.say(t("Moved: it's {0} now.", moved.label));
        }
        break;
      }
      case "report": {
        const reason = await askReason(post, "report-dialog");
        if (reason !== null) {
          await connection.invoke("Report", post.id, reason);
          showNotice(t("Thank you: your report went to the moderators."));
        }
        break;
      }
      case "edit":
        own.edit(post);
        break;
      case "delete":
        await own.delete(post);
        break;
      case "ban": {
        const ban = await askBan(post);
        if (ban) {
          await connection.invoke("BanPerson", config.community, post.author.handle, ban);
          feed.setBanned([post.author.handle]);
          showNotice(ban.minutes ? t("@{0} can't post for {1} minutes.", post.author.handle, n(ban.minutes)) : t("@{0} is banned until you lift it.", post.author.handle));
        }
        break;
      }
    }
  }

  function setChat(chat) {
    state.chat = chat;
    polls.setLive(chat.status === "live");
    current.setNext(chat.status === "live" ? chat.nextQuestionAt : null);
    suggestions.setLive(chat.status === "live");
    const badge = $("room-status");
    badge.textContent = t(statusName(chat.status));
    badge.className = `status status--${chat.status}`;
    const isGuest = config.me && chat.guests.some((g) => g.handle === config.me);
    const mayPost = chat.status === "live" && (!chat.locked || state.privileged || isGuest);
    if (composer) {
      composer.setQuestions(state.asked);
      const reason = chat.status === "ended" ? t("This chat has ended; its transcript is read-only.")
        : chat.status !== "live" ? t("This chat hasn't started yet.")
          : chat.locked && !mayPost ? t("The chat is locked: only guests and moderators can post right now.") : "";
      composer.setEnabled(mayPost, reason);
    }
    const notes = [];
    if (chat.slowModeSeconds > 0) notes.push(t("Slow mode: one post every {0} seconds", n(chat.slowModeSeconds)));
    if (chat.locked) notes.push(t("Locked: only guests and moderators post"));
    if (chat.premoderation && !state.privileged && !isGuest) notes.push(t("A moderator approves posts before they appear"));
    $("room-notes").textContent = notes.join(" · ");
    hooks.chatChanged?.(chat);
  }

  function setOnline(count) {
    $("online-count").textContent = count === 1 ? t("1 person here") : t("{0} people here", n(count));
  }

  function setConnectionState(value) {
    const element = $("connection-state");
    element.dataset.state = value;
    element.textContent = {
      connecting: t("Connecting…"),
      connected: t("Connected"),
      reconnecting: t("Reconnecting… your draft is kept"),
      disconnected: t("Offline, retrying…"),
    }[value];
  }

  function renderMuted(handles) {
    const list = $("muted-list");
    const section = $("muted-people");
    section.hidden = handles.length === 0;
    list.replaceChildren(...handles.map((handle) => {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "secondary small";
      b.textContent = t("Unmute @{0}", handle);
      b.addEventListener("click", () => feed.mute(handle, false));
      li.append(b);
      return li;
    }));
  }

  // Toolbar
  document.querySelectorAll("input[name=filter]").forEach((radio) =>
    radio.addEventListener("change", () => feed.setFilter(radio.value)));
  const pause = $("pause-toggle");
  // The button says what it will do (SPEC rule 31): "Pause", then "Resume" while paused.
  pause.addEventListener("click", () => {
    const paused = !feed.paused;
    pause.textContent = paused ? t("Resume") : t("Pause");
    pause.dataset.paused = String(paused);
    feed.setPaused(paused);
  });
  // "Share" opens the system's share sheet where there is one (phones), and copies the link otherwise (SPEC rule 31).
  $("share-link")?.addEventListener("click", async (event) => {
    const url = new URL(location.pathname, location.origin).href;
    if (navigator.share) {
      try {
        await navigator.share({ title: event.currentTarget.dataset.title, url });
        return;
      } catch (error) {
        if (error.name === "AbortError") return; // the person closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      $("share-status").textContent = t("Link copied.");
    } catch {
      $("share-status").textContent = url;
    }
  });
  renderMuted([...feed.muted]);

  connection.start();
  return { connection, feed, composer, announcer, state, showError };
}

/** Asks a moderator how long to ban a post's author and why. Resolves null when cancelled. */
function askBan(post) {
  const dialog = document.getElementById("ban-dialog");
  dialog.querySelector("#ban-dialog-who").replaceChildren(`@${post.author.handle} (`, isolatedName(post.author.displayName), ")");
  dialog.querySelector("#ban-reason").value = "";
  dialog.querySelector("#ban-remove-posts").checked = false;
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const minutes = Number(dialog.querySelector("#ban-duration").value);
      resolve(dialog.returnValue === "ban"
        ? { minutes: minutes || null, reason: dialog.querySelector("#ban-reason").value, removePosts: dialog.querySelector("#ban-remove-posts").checked }
        : null);
    }, { once: true });
  });
}

/**
 * Asks a moderator which asked question a post belongs under (rule 21), in the "move-dialog": its picker lists the asked
 * questions, the post's own one first chosen. Resolves the number, or null when cancelled.
 */
function askQuestion(post, asked) {
  const dialog = document.getElementById("move-dialog");
  const picker = dialog.querySelector("#move-dialog-question");
  dialog.querySelector("#move-dialog-post").textContent = `${post.label ?? ""} @${post.author.handle}: ${post.text.slice(0, 120)}`;
  // Nothing is chosen for the moderator; the question an answer is already under is not offered.
  const choose = document.createElement("option");
  choose.value = "";
  choose.textContent = t("Choose a question");
  choose.disabled = true;
  choose.selected = true;
  const targets = [...asked]
    .filter((q) => !(post.kind === "answer" && q.number === post.questionNumber))
    .sort((a, b) => a.number - b.number);
  picker.replaceChildren(choose, ...targets.map((q) => {
    const option = document.createElement("option");
    option.value = String(q.number);
    option.textContent = `Q${q.number}: ${q.text.length > 60 ? q.text.slice(0, 60) + "…" : q.text}`;
    return option;
  }));
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok" && picker.value ? Number(picker.value) : null), { once: true });
  });
}

/**
 * Asks for the reason to hide (a moderator) or to report (a participant) a post, in an accessible <dialog>: the
 * "hide-dialog" or the "report-dialog", each with a "-reason" input, a "-post" quote and a submit button whose value is
 * "ok". Resolves null when cancelled.
 */
export function askReason(post, id = "hide-dialog") {
  const dialog = document.getElementById(id);
  const input = dialog.querySelector(`#${id}-reason`);
  dialog.querySelector(`#${id}-post`).textContent = `@${post.author.handle}: ${post.text.slice(0, 120)}`;
  input.value = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok" ? input.value : null), { once: true });
  });
}

export function statusName(status) {
  return { draft: "Draft", scheduled: "Scheduled", live: "Live", ended: "Ended" }[status] ?? status;
}
