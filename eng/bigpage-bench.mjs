// The big-page benchmark (issue 8, "Big pages"; docs/benchmarks.md): a late joiner opening a live room of N posts in
// Debian's Chromium, measured with the browser's performance API over the DevTools protocol (no test framework).
// Usage: node --experimental-websocket eng/bigpage-bench.mjs <base url> <state file> [--posts 5000] [--runs 2] [--transcript]
// --transcript ends the chat (once) and measures its transcript page instead of the live room.
// --permalink opens the live room at a permalink to its 100th post (#post-N) as a signed-out reader instead; with
// BIGPAGE_SCREENSHOTS=<dir> it also saves what the first run shows at 390 × 844 and 1280 × 800.
// The first run against an empty database seeds one live chat (50 posters, 8 questions) through the public API and
// writes its address to the state file; later runs (e.g. another build of the app on the same database) reuse it.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, stateFile, ...rest] = process.argv.slice(2);
const option = (name, fallback) => { const i = rest.indexOf(name); return i >= 0 ? Number(rest[i + 1]) : fallback; };
const total = option("--posts", 5000);
const runs = option("--runs", 2);
const password = "correct horse battery";

async function api(method, path, token, body) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function person(handle) {
  await api("POST", "/api/accounts", null, { handle, displayName: `Person ${handle}`, password });
  return { handle, token: (await api("POST", "/api/tokens", null, { handle, password, name: "bench" })).token };
}

async function seed() {
  const admin = await person("benchadmin");
  const host = await person("benchhost");
  const guest = await person("benchguest");
  await api("POST", "/api/communities", admin.token, { slug: "bench", name: "Bench", hashtag: "Bench", description: "", codeOfConduct: "", timeZone: "UTC" });
  await api("PUT", `/api/communities/bench/moderators/${host.handle}`, admin.token);
  const chat = await api("POST", "/api/communities/bench/chats", host.token, {
    title: "A big room", topic: "Everything", format: "8 questions", scheduledStart: new Date().toISOString(), durationMinutes: 600,
    guests: [guest.handle], questions: Array.from({ length: 8 }, (_, i) => ({ number: i + 1, text: `Question number ${i + 1}?` })),
  });
  await api("POST", `/api/chats/${chat.id}/start`, host.token);
  const posters = [];
  for (let i = 1; i <= 50; i++) posters.push(await person(`poster${i}`));
  let asked = 0;
  for (let sent = 0; sent < total;) {
    const question = Math.min(8, 1 + Math.floor((sent / total) * 8));
    if (question > asked) { await api("POST", `/api/chats/${chat.id}/questions/${question}/ask`, host.token); asked = question; sent++; continue; }
    const batch = [];
    for (let k = 0; k < 8 && sent < total; k++, sent++) {
      const who = sent % 25 === 0 ? guest : posters[sent % posters.length];
      batch.push(api("POST", `/api/chats/${chat.id}/posts`, who.token, { text: `Answer ${sent} from ${who.handle}: a few words about the question, as people write them.`, questionNumber: asked }));
    }
    await Promise.all(batch);
  }
  writeFileSync(stateFile, JSON.stringify({ url: chat.url, chatId: chat.id, reader: posters[0] }));
}

/** A fresh Chromium with its DevTools endpoint; resolves { send, close } over one page session. */
async function browser() {
  const profile = mkdtempSync(join(tmpdir(), "bigpage-bench-"));
  const child = spawn("/usr/bin/chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
    `--user-data-dir=${profile}`, "--window-size=1280,900", "--no-first-run", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolve, reject) => {
    let text = "";
    child.stderr.on("data", (chunk) => { text += chunk; const m = /DevTools listening on (ws:\S+)/.exec(text); if (m) resolve(m[1]); });
    child.on("exit", () => reject(new Error(text)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve) => socket.addEventListener("open", resolve, { once: true }));
  let id = 0;
  const waiting = new Map();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    if (message.id && waiting.has(message.id)) { waiting.get(message.id)(message); waiting.delete(message.id); }
  });
  const raw = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const n = ++id;
    waiting.set(n, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
    socket.send(JSON.stringify({ id: n, method, params, sessionId }));
  });
  const { targetId } = await raw("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await raw("Target.attachToTarget", { targetId, flatten: true });
  const send = (method, params) => raw(method, params, sessionId);
  await send("Page.enable");
  await send("Runtime.enable");
  return {
    send,
    evaluate: async (expression) => (await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })).result.value,
    close: async () => {
      socket.close();
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      // Chromium's helpers may still be writing into the profile for a moment; a left-over temp directory is harmless.
      try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left for the OS */ }
    },
  };
}

const until = async (check, ms = 180_000) => {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
};

// Injected into every document: when the newest post is on screen, when the room is joined, long tasks.
const probe = (latestSequence) => `
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
    .observe({ type: "longtask", buffered: true });
  const tick = () => {
    const b = window.__bench;
    const post = document.querySelector('#feed > .post[data-sequence="${latestSequence}"]');
    if (!b.latest && post) {
      const r = post.getBoundingClientRect(), f = document.getElementById("feed").getBoundingClientRect();
      if (r.height > 0 && r.bottom > f.top && r.top < f.bottom && r.top < innerHeight) b.latest = performance.now();
    }
    if (!b.joined && document.getElementById("connection-state")?.textContent === "Connected") b.joined = performance.now();
    if (!b.latest || !b.joined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);`;

if (!existsSync(stateFile)) await seed();
const state = JSON.parse(readFileSync(stateFile, "utf8"));
if (rest.includes("--transcript")) {
  // The ended chat's transcript: end the chat (as its host) if it still runs, then its page as a signed-out reader.
  const host = (await api("POST", "/api/tokens", null, { handle: "benchhost", password, name: "bench end" })).token;
  if ((await api("GET", `/api/chats/${state.chatId}`)).status === "live") await api("POST", `/api/chats/${state.chatId}/end`, host);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const body = await (await fetch(new URL(state.url, base))).text();
    times.push(performance.now() - start);
    bytes = Buffer.byteLength(body);
  }
  times.sort((a, b) => a - b);
  console.log(`transcript: ${bytes} bytes of HTML, ${times[2].toFixed(0)} ms to read (median of 5)`);
  for (let run = 1; run <= runs; run++) {
    const b = await browser();
    try {
      await b.send("Page.navigate", { url: new URL(state.url, base).href });
      const timing = await until(() => b.evaluate(`(() => { const n = performance.getEntriesByType("navigation")[0];
        return n && n.loadEventEnd > 0 ? { dom: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd),
          posts: document.querySelectorAll(".transcript-list li").length } : null; })()`));
      console.log(`transcript run ${run}: DOMContentLoaded ${timing.dom} ms, load ${timing.load} ms, ${timing.posts} posts in the DOM`);
    } finally {
      await b.close();
    }
  }
  process.exit(0);
}

if (rest.includes("--permalink")) {
  // A reader follows a link to an early post of the big live room: until it has focus, the posts then in the DOM, and
  // the longest task on the way.
  const target = (await api("GET", `/api/chats/${state.chatId}/posts?after=0&limit=100`)).at(-1);
  for (let run = 1; run <= runs; run++) {
    const b = await browser();
    try {
      await b.send("Page.addScriptToEvaluateOnNewDocument", { source: probe(0) });
      await b.send("Page.navigate", { url: new URL(`${state.url}#post-${target.id}`, base).href });
      const result = await until(() => b.evaluate(`(() => {
        const focused = document.activeElement?.closest("#post-${target.id}");
        return focused ? { focused: Math.round(performance.now()), posts: document.querySelectorAll("#feed > .post").length,
          longest: Math.max(0, ...window.__bench.longTasks.map((t) => t[1])) } : null; })()`));
      console.log(`permalink run ${run}: post #${target.sequence} focused after ${result.focused} ms, ${result.posts} posts in the DOM, longest task ${result.longest} ms`);
      if (run === 1 && process.env.BIGPAGE_SCREENSHOTS) {
        // What the reader sees there, on a phone and on a laptop.
        for (const [width, height, mobile] of [[390, 844, true], [1280, 800, false]]) {
          await b.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile });
          await b.evaluate(`document.getElementById("post-${target.id}").scrollIntoView({ block: "center" })`);
          await new Promise((r) => setTimeout(r, 500));
          const { data } = await b.send("Page.captureScreenshot", { format: "png" });
          writeFileSync(join(process.env.BIGPAGE_SCREENSHOTS, `permalink-${width}.png`), Buffer.from(data, "base64"));
        }
      }
    } finally {
      await b.close();
    }
  }
  process.exit(0);
}

// The newest post's sequence, read after= page by page (works against builds without ?before=).
let latestSequence = 0;
for (;;) {
  const page = await api("GET", `/api/chats/${state.chatId}/posts?after=${latestSequence}&limit=1000`);
  if (!page.length) break;
  latestSequence = page.at(-1).sequence;
}

// The page itself: bytes and server time (the median of five reads, as a signed-out reader).
const times = [];
let bytes = 0;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const body = await (await fetch(new URL(state.url, base))).text();
  times.push(performance.now() - start);
  bytes = Buffer.byteLength(body);
}
times.sort((a, b) => a - b);
console.log(`page: ${bytes} bytes of HTML, ${times[2].toFixed(0)} ms to read (median of 5), newest post #${latestSequence}`);

for (let run = 1; run <= runs; run++) {
  const b = await browser();
  try {
    // A signed-in participant, as in the measurement: sign in, then open the room from a blank page.
    await b.send("Page.navigate", { url: new URL("/account/signin", base).href });
    await until(() => b.evaluate(`document.readyState === "complete" && !!document.getElementById("signin-handle")`));
    await b.evaluate(`(() => { document.getElementById("signin-handle").value = ${JSON.stringify(state.reader.handle)};
      document.getElementById("signin-password").value = ${JSON.stringify(password)};
      document.getElementById("signin-handle").form.submit(); })()`);
    await until(() => b.evaluate(`location.pathname !== "/account/signin" && document.readyState === "complete"`));
    await b.send("Page.addScriptToEvaluateOnNewDocument", { source: probe(latestSequence) });
    await b.send("Page.navigate", { url: new URL(state.url, base).href });
    const result = await until(() => b.evaluate(`window.__bench && window.__bench.latest && window.__bench.joined ? {
      latest: Math.round(window.__bench.latest), joined: Math.round(window.__bench.joined),
      posts: document.querySelectorAll("#feed > .post").length, composer: !!document.getElementById("composer-text"),
      longest: Math.max(0, ...window.__bench.longTasks.map((t) => t[1])) } : null`));
    // A post arriving live: the long tasks it causes in the next two seconds.
    const before = await b.evaluate("window.__bench.longTasks.length");
    await api("POST", `/api/chats/${state.chatId}/posts`, state.reader.token, { text: `Live post during run ${run} ${Date.now()}` });
    await new Promise((r) => setTimeout(r, 2000));
    const arrival = await b.evaluate(`window.__bench.longTasks.slice(${before}).map((t) => t[1])`);
    console.log(`run ${run}: newest post on screen after ${result.latest} ms, joined after ${result.joined} ms, ${result.posts} posts in the DOM, `
      + `composer ${result.composer ? "shown" : "missing"}, longest task while opening ${result.longest} ms, `
      + `long tasks when a post arrived: ${arrival.length ? arrival.join(", ") + " ms" : "none"}`);
  } finally {
    await b.close();
  }
}
process.exit(0);
