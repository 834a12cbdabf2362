// An author's own posts (SPEC rule 28): the inline editor, the confirmation before deleting, and keeping a post of
// one's own that a moderator hid. The server tells the author with PostChanged (hidden, with the reason); the
// author's connection is in the everyone group too and may also hear PostRemoved, in either order, so before dropping
// a post of its own the room asks the API whether it is still there for this person.
import { t } from "./strings.js";

/** Matches the server's OwnPostsService.EditWindow; the server decides, this only hides the button in time. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

export class OwnPosts {
  /**
   * @param {{ chatId: number, me: string|null, feed: import("./feed.js").Feed, invoke: Function, say: Function }} options
   */
  constructor(options) {
    this.options = options;
  }

  /** Within the 15 minutes after posting (by this browser's clock). */
  withinWindow(post) {
    return Date.now() - Date.parse(post.createdAt) < EDIT_WINDOW_MS;
  }

  /** A PostChanged: tells the author when a moderator hides or restores their post, and keeps it in their feed. */
  changed(post) {
    const { feed, me } = this.options;
    const before = feed.find(post.id);
    if (!me || post.author.handle !== me) {
      feed.update(post);
      return;
    }
    if (post.hidden && !before?.hidden) {
      this.options.say(post.hiddenReason ? t("A moderator hid your post: {0}", post.hiddenReason) : t("A moderator hid your post."));
    } else if (!post.hidden && before?.hidden) {
      this.options.say(t("Your post is visible again."));
    } else if (before && post.kind === "answer" && post.label !== before.label) {
      // A moderator filed it under another question (rule 21).
      this.options.say(t("A moderator moved your post to Q{0}: it's {1} now.", post.questionNumber, post.label));
    }
    if (post.hidden) {
      this.options.feed.setEditor(post.id, null);
      feed.put(post);
    } else {
      feed.update(post);
    }
  }

  /** A PostRemoved: another person's post goes; a post of one's own goes only when the API no longer shows it. */
  async removed(postId) {
    const { feed, me, chatId } = this.options;
    const post = feed.find(postId);
    if (!post || !me || post.author.handle !== me) {
      feed.remove(postId);
      return;
    }
    try {
      const response = await fetch(`/api/chats/${chatId}/posts?after=${post.sequence - 1}&limit=1`);
      const [current] = response.ok ? await response.json() : [];
      if (current?.id === postId) {
        this.changed(current);
        return;
      }
    } catch {
      // Offline: drop it; the next join shows it again if it is still there.
    }
    feed.remove(postId);
  }

  /** Opens the inline editor on a post: Save, Cancel, Escape cancels; a refusal is shown and the text kept. */
  edit(post) {
    const { feed } = this.options;
    const form = document.createElement("form");
    form.className = "post__editor";
    const id = `edit-${post.id}`;
    const label = element("label", "visually-hidden", t("Edit your post"));
    label.htmlFor = id;
    const text = element("textarea");
    text.id = id;
    text.rows = 3;
    text.value = post.text;
    const error = element("p", "error");
    error.hidden = true;
    error.setAttribute("role", "alert");
    const save = button(t("Save"), "small", "submit");
    const cancel = button(t("Cancel"), "secondary small", "button");
    form.append(label, text, error, row(save, cancel));

    // Back to the post's own buttons, where the person was before editing.
    const refocus = () => (feed.buttonFor(post.id, "edit") ?? feed.buttonFor(post.id, "delete"))?.focus();
    const close = () => {
      feed.setEditor(post.id, null);
      refocus();
    };
    cancel.addEventListener("click", close);
    text.addEventListener("keydown", (event) => {
      if (event.isComposing) return;
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "Enter" && !event.shiftKey) {
        // As in the composer: Enter saves, Shift+Enter starts a new line.
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      save.disabled = true;
      try {
        const saved = await this.options.invoke("Edit", post.id, text.value);
        feed.setEditor(post.id, null);
        feed.update(saved);
        refocus();
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
        text.focus();
      } finally {
        save.disabled = false;
      }
    });

    feed.setEditor(post.id, form);
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
  }

  /** Asks in a native dialog, then deletes: the post goes from every feed. */
  async delete(post) {
    if (!(await confirmDelete(post))) {
      this.options.feed.buttonFor(post.id, "delete")?.focus();
      return;
    }
    await this.options.invoke("Delete", post.id);
    this.options.feed.remove(post.id);
    this.options.feed.list.focus();
    this.options.say(t("Post deleted."));
  }
}

/** The confirmation, built once: a modal <dialog> like the moderators' hide and ban dialogs. Resolves true to delete. */
function confirmDelete(post) {
  let dialog = document.getElementById("delete-dialog");
  if (!dialog) {
    dialog = element("dialog");
    dialog.id = "delete-dialog";
    dialog.setAttribute("aria-labelledby", "delete-dialog-title");
    dialog.setAttribute("aria-describedby", "delete-dialog-note");
    const form = element("form", "stacked-form");
    form.method = "dialog";
    const title = element("h2", "", t("Delete this post?"));
    title.id = "delete-dialog-title";
    const quote = element("p", "muted");
    quote.id = "delete-dialog-post";
    const note = element("p", "", t("It will be gone for everyone, and it can't be undone."));
    note.id = "delete-dialog-note";
    form.append(title, quote, note, row(
      button(t("Delete post"), "danger", "submit", "delete"),
      button(t("Cancel"), "secondary", "submit", "cancel")));
    dialog.append(form);
    document.body.append(dialog);
  }
  dialog.querySelector("#delete-dialog-post").textContent = post.text.slice(0, 120);
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "delete"), { once: true });
  });
}

function button(text, className, type, value) {
  const b = element("button", className, text);
  b.type = type;
  if (value) b.value = value;
  return b;
}

function row(...children) {
  const div = element("div", "inline-fields");
  div.append(...children);
  return div;
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
