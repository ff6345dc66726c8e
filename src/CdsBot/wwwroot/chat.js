// The web chat page (also the widget's frame). The conversation is named by a cookie the server sets
// (GET api/chat/conversation, which also gives the history); each message typed or button pressed goes to
// POST api/chat; everything that reaches the conversation — the bot's answers, staff replies, campaign messages —
// arrives on the stream (GET api/chat/stream) and is shown once, by its id.
(() => {
  const log = document.getElementById("log");
  const suggestions = document.getElementById("suggestions");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const narrow = window.matchMedia("(max-width: 600px)");
  const shown = new Set();
  let conversationId = null;
  let lastId = 0;

  const params = new URLSearchParams(location.search);
  if (params.has("embed")) document.body.classList.add("embed");

  const linkify = (element, text) => {
    for (const part of text.split(/(https?:\/\/[^\s)]+)/)) {
      if (/^https?:\/\//.test(part)) {
        const a = document.createElement("a");
        a.href = part; a.textContent = part; a.target = "_blank"; a.rel = "noopener";
        element.append(a);
      } else if (part) {
        element.append(document.createTextNode(part));
      }
    }
  };

  // What the bot sent since the citizen last wrote is kept in view from its start: when it is taller than the log
  // (a long answer, then the buttons shrinking the log) the log shows its beginning, else it scrolls to the bottom.
  let anchor = null;
  const reveal = () => {
    if (anchor && log.scrollHeight - (anchor.offsetTop) > log.clientHeight) log.scrollTop = anchor.offsetTop - 8;
    else log.scrollTop = log.scrollHeight;
  };

  const showCitizen = (text) => {
    const item = document.createElement("li");
    item.className = "msg msg--user";
    linkify(item, text);
    log.append(item);
    anchor = null;
    log.scrollTop = log.scrollHeight;
  };

  const showError = (text) => {
    const item = document.createElement("li");
    item.className = "msg msg--error";
    item.setAttribute("role", "alert");
    item.textContent = text;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  };

  // The "Nguồn: …" line is set apart under the answer, so it stays visible and is not mistaken for the answer.
  const showReply = (reply) => {
    const item = document.createElement("li");
    item.className = "msg msg--bot";
    const text = reply.text ?? "";
    const at = text.lastIndexOf("\n\nNguồn:");
    const body = document.createElement("div");
    linkify(body, at >= 0 ? text.slice(0, at) : text);
    item.append(body);
    if (at >= 0) {
      const source = document.createElement("p");
      source.className = "msg__source";
      linkify(source, text.slice(at + 2));
      item.append(source);
    }
    if (reply.imageUrl) {
      const img = document.createElement("img");
      img.src = reply.imageUrl; img.alt = ""; img.className = "msg__image";
      item.append(img);
    }
    const links = [...(reply.buttons ?? []), ...(reply.items ?? [])].filter((b) => b.url);
    if (links.length) {
      const list = document.createElement("p");
      list.className = "msg__links";
      for (const b of links) {
        const a = document.createElement("a");
        a.href = b.url; a.textContent = b.title; a.target = "_blank"; a.rel = "noopener";
        list.append(a);
      }
      item.append(list);
    }
    log.append(item);
    anchor ??= item;
    reveal();
  };

  const choicesOf = (reply) => [
    ...(reply.quickReplies ?? []),
    ...[...(reply.buttons ?? []), ...(reply.items ?? [])].filter((b) => b.payload).map((b) => ({ title: b.title, payload: b.payload })),
  ];

  // On a phone only three choices show at first, so the buttons never push the answer out of sight.
  const offer = (choices) => {
    const limit = narrow.matches ? 3 : 8;
    const button = (q) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = q.title;
      b.addEventListener("click", () => send({ payload: q.payload, label: q.title }, q.title));
      return b;
    };
    // "Gặp cán bộ" is never folded away: replies tell citizens to choose it, so it must be there to choose.
    const pinned = choices.filter((q) => q.payload === "HANDOFF");
    const others = choices.filter((q) => q.payload !== "HANDOFF");
    const keep = new Set(choices.length > limit ? [...pinned, ...others.slice(0, Math.max(limit - pinned.length, 0))] : choices);
    const rest = choices.filter((q) => !keep.has(q));
    const visible = choices.filter((q) => keep.has(q)).map(button);
    if (rest.length > 0) {
      const more = document.createElement("button");
      more.type = "button";
      more.className = "more";
      more.textContent = `Xem thêm (${rest.length})`;
      more.setAttribute("aria-expanded", "false");
      more.addEventListener("click", () => {
        more.remove();
        suggestions.append(...rest.map(button));
        suggestions.classList.add("chat__suggestions--open");
      });
      visible.push(more);
    }
    suggestions.classList.remove("chat__suggestions--open");
    suggestions.replaceChildren(...visible);
    reveal();
  };

  const receive = (message) => {
    if (message.from !== "bot" || shown.has(message.id)) return;
    shown.add(message.id);
    lastId = Math.max(lastId, message.id);
    showReply(message.reply);
    const choices = choicesOf(message.reply);
    if (choices.length) offer(choices);
  };

  const catchUp = async () => {
    const response = await fetch(`/api/chat/replies?after=${lastId}`, { credentials: "same-origin" });
    if (response.ok) for (const message of await response.json()) receive(message);
  };

  async function send(message, text) {
    showCitizen(text);
    offer([]);
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId, userId: conversationId, ...message }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await catchUp();
    } catch (error) {
      showError("Xin lỗi, hệ thống đang bận. Anh/Chị vui lòng thử lại sau ít phút.");
    }
  }

  // The notice opens in the conversation, with its buttons; without the script the link opens the notice page.
  document.getElementById("privacy")?.addEventListener("click", (event) => {
    if (!conversationId) return;
    event.preventDefault();
    send({ payload: "PRIVACY", label: "Quyền riêng tư" }, "Quyền riêng tư");
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text }, text);
  });

  const start = async () => {
    try {
      const response = await fetch("/api/chat/conversation", { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const conversation = await response.json();
      conversationId = conversation.conversationId;
      for (const message of conversation.messages) {
        if (message.from === "citizen") showCitizen(message.text);
        else receive(message);
      }
      const stream = new EventSource(`/api/chat/stream?after=${lastId}`);
      stream.onmessage = (event) => receive(JSON.parse(event.data));
      document.body.dataset.stream = "open";
      // A deep link (/?ref=CONTEST, e.g. from a poster's QR code) is sent once as a button press, then dropped from the address.
      const ref = params.get("ref");
      if (ref) {
        history.replaceState(null, "", location.pathname + location.search.replace(/([?&])ref=[^&]*&?/, "$1").replace(/[?&]$/, ""));
        const label = ref === "CONTEST" ? "Tham gia cuộc thi" : "Mở từ liên kết";
        await send({ payload: ref, label }, label);
      } else if (conversation.messages.length === 0) {
        await send({ text: "Xin chào" }, "Xin chào");
      }
      reveal();
    } catch (error) {
      showError("Xin lỗi, chưa kết nối được với trợ lý. Anh/Chị vui lòng tải lại trang sau ít phút.");
    }
  };
  start();
})();
