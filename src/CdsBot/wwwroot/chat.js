// The web chat page: sends what the citizen types (or the quick reply pressed) to POST /api/chat.
(() => {
  const log = document.getElementById("log");
  const suggestions = document.getElementById("suggestions");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const id = (name) => {
    let value = sessionStorage.getItem(name);
    if (!value) { value = `${name}-${crypto.randomUUID()}`; sessionStorage.setItem(name, value); }
    return value;
  };
  const conversationId = id("conversation");
  const userId = id("user");

  const linkify = (element, text) => {
    for (const part of text.split(/(https?:\/\/[^\s)]+)/)) {
      if (/^https?:\/\//.test(part)) {
        const a = document.createElement("a");
        a.href = part; a.textContent = part; a.target = "_blank"; a.rel = "noopener";
        element.append(a);
      } else {
        element.append(document.createTextNode(part));
      }
    }
  };

  const show = (text, who) => {
    const item = document.createElement("li");
    item.className = `msg msg--${who}`;
    linkify(item, text);
    log.append(item);
    log.scrollTop = log.scrollHeight;
  };

  const offer = (quickReplies) => {
    suggestions.replaceChildren(...quickReplies.map((q) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = q.title;
      button.addEventListener("click", () => send({ payload: q.payload }, q.title));
      return button;
    }));
  };

  async function send(message, shown) {
    show(shown, "user");
    offer([]);
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId, userId, ...message }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      for (const reply of data.replies) {
        if (reply.text) show(reply.text, "bot");
        for (const b of reply.buttons ?? []) show(b.url ? `${b.title}: ${b.url}` : b.title, "bot");
      }
      offer(data.replies.flatMap((r) => r.quickReplies ?? []));
    } catch (error) {
      show("Xin lỗi, hệ thống đang bận. Anh/Chị vui lòng thử lại sau ít phút.", "error");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text }, text);
  });

  send({ text: "Xin chào" }, "Xin chào");
})();
