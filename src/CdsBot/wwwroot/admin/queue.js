// Unanswered queue: questions citizens asked that the bot could not answer, clustered by likeness. Staff attach one to
// an item picked by typing part of its question (a publisher's attachment is answered at once), write a new item for it,
// look for it in a document's text, or dismiss it — one at a time or the ticked ones together.
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  const bandText = { declined: "Bot không trả lời", clarified: "Bot hỏi lại", suggested: "Bot chỉ gợi ý", document: "Bot trả lời bằng trích dẫn văn bản" };
  const el = (tag, props = {}, ...children) => { const e = Object.assign(document.createElement(tag), props); e.append(...children); return e; };
  const button = (text, onClick, className = "") => { const b = el("button", { type: "button", textContent: text, className }); b.addEventListener("click", onClick); return b; };
  let nextPicker = 0;
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();

  // Search-as-you-type over published items: staff read and pick questions; the item's code stays behind the scenes.
  function picker(label, suggestions, onPick = () => {}) {
    const id = `queue-picker-${nextPicker++}`;
    const box = el("div", { className: "picker" });
    const input = el("input", { type: "search", autocomplete: "off", placeholder: "Gõ vài chữ của câu hỏi trong mục…" });
    input.setAttribute("role", "combobox"); input.setAttribute("aria-label", label);
    input.setAttribute("aria-controls", id); input.setAttribute("aria-expanded", "false"); input.setAttribute("aria-autocomplete", "list");
    const list = el("ul", { id, className: "picker-options", hidden: true });
    list.setAttribute("role", "listbox"); list.setAttribute("aria-label", `Mục phù hợp: ${label}`);
    const chosen = el("p", { className: "picker-chosen" });
    let picked = null;
    let typed = 0;

    const choose = (option) => {
      picked = option;
      chosen.textContent = option ? `Đã chọn: ${option.question}` : "Chưa chọn mục nào.";
      input.value = option ? option.question : input.value;
      close();
      onPick(option);
    };
    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); };
    const show = (options, empty) => {
      list.replaceChildren(...(options.length ? options.map((o) => {
        const li = el("li", { textContent: o.question, tabIndex: -1 });
        li.setAttribute("role", "option");
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(o); });
        li.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); choose(o); } });
        return li;
      }) : [el("li", { className: "picker-empty", textContent: empty })]));
      list.hidden = false; input.setAttribute("aria-expanded", "true");
    };
    const search = async () => {
      const text = input.value.trim();
      const mine = ++typed;
      if (text.length < 2) { show(suggestions, "Gõ ít nhất 2 chữ để tìm mục."); return; }
      const items = await admin.api("GET", `/items?status=published&q=${encodeURIComponent(text)}`);
      if (mine !== typed) return; // a later keystroke's search answers instead
      // The API finds the words anywhere in an item; items whose question holds them come first.
      const words = fold(text).split(/\s+/);
      const rank = (i) => { const q = fold(i.live.question); return q.includes(fold(text)) ? 0 : words.every((w) => q.includes(w)) ? 1 : 2; };
      const ranked = items.map((i) => [rank(i), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
      show(ranked.slice(0, 8).map((i) => ({ itemId: i.id, question: i.live.question })), "Không có mục nào chứa những chữ này.");
    };
    let timer = 0;
    input.addEventListener("input", () => { picked = null; chosen.textContent = "Chưa chọn mục nào."; onPick(null); clearTimeout(timer); timer = setTimeout(() => search().catch((e) => admin.say(e.message, true)), 200); });
    input.addEventListener("focus", () => { if (!input.value && suggestions.length) show(suggestions, ""); });
    input.addEventListener("blur", () => setTimeout(close, 150));
    input.addEventListener("keydown", (e) => { if (e.key === "ArrowDown" && !list.hidden) { e.preventDefault(); list.querySelector("[role=option]")?.focus(); } if (e.key === "Escape") close(); });

    // Only an item retrieval itself ranked for this question is proposed; otherwise the picker starts empty.
    choose(suggestions[0] ?? null);
    if (!suggestions[0]) input.value = "";
    box.append(input, list, chosen);
    return { box, picked: () => picked };
  }

  function card(group) {
    const isPublisher = admin.me()?.roles.includes("publisher");
    const article = el("article", { className: "queue-card" });
    let attach = null; // assigned below; the picker's first choice comes before it exists
    article.setAttribute("aria-label", group.text);
    const tick = el("input", { type: "checkbox", value: String(group.questionIds[0]) });
    tick.setAttribute("aria-label", `Chọn: ${group.text}`);
    tick.dataset.queueTick = "";
    const head = el("div", { className: "queue-head" }, tick,
      el("q", { textContent: group.text }),
      el("span", { className: "queue-meta", textContent: `${group.count} lần · ${bandText[group.band] ?? group.band}` }));
    // Attaching needs an item: the button waits until one is picked.
    const pick = picker(`Mục cho câu hỏi: ${group.text}`, group.suggestions.map((s) => ({ itemId: s.itemId, question: s.question })), (option) => { if (attach) attach.disabled = !option; });
    attach = button(isPublisher ? "Gắn và đăng ngay" : "Gắn và gửi duyệt", admin.run(async () => {
      const item = pick.picked();
      if (!item) throw new Error("Anh/Chị gõ vài chữ của câu hỏi rồi chọn một mục trong danh sách.");
      const result = await admin.api("POST", `/unanswered/${group.questionIds[0]}/attach`, { itemId: item.itemId });
      await load();
      admin.say(result.message, false);
    }), "primary");
    attach.disabled = !pick.picked();
    const create = button("Tạo mục mới", () => {
      admin.newItem({ question: group.text }, group.questionIds[0]);
      admin.say(`Viết mục mới cho câu hỏi: "${group.text}".`);
    });
    const fromDocuments = button("Tìm trong văn bản", () => {
      admin.citizenQuestion = { text: group.text, questionId: group.questionIds[0] };
      admin.showTab("documents");
    });
    const dismiss = button("Bỏ qua", admin.run(async () => {
      await admin.api("POST", `/unanswered/${group.questionIds[0]}/dismiss`);
      await load();
      admin.say(`Đã bỏ qua "${group.text}".`);
    }));
    article.append(head, pick.box, el("div", { className: "row" }, attach, create, fromDocuments, dismiss));
    return article;
  }

  async function load() {
    $("queue-attach-rule").textContent = admin.me()?.roles.includes("publisher")
      ? "“Gắn và đăng ngay”: câu hỏi thành một cách hỏi của mục đã chọn và bot trả lời ngay; chỉ thêm cách hỏi, câu trả lời của mục không đổi."
      : "“Gắn và gửi duyệt”: câu hỏi được thêm vào bản nháp của mục; bot trả lời sau khi một người duyệt duyệt và đăng bản nháp.";
    const groups = await admin.api("GET", "/unanswered");
    const clusters = new Map();
    groups.forEach((g) => clusters.set(g.cluster, [...(clusters.get(g.cluster) ?? []), g]));
    $("queue-list").replaceChildren(...[...clusters.values()].map((members) => {
      const section = members.length > 1 ? el("section", { className: "queue-cluster" }) : el("div");
      if (members.length > 1) {
        const all = button(`Chọn cả ${members.length} câu giống nhau`, () => section.querySelectorAll("[data-queue-tick]").forEach((b) => { b.checked = true; }), "link");
        section.append(el("h3", { textContent: `${members.length} câu hỏi giống nhau` }), all);
      }
      section.append(...members.map(card));
      return section;
    }));
    $("queue-empty").hidden = groups.length > 0;
    $("queue-bulk").hidden = groups.length === 0;
  }

  async function dismissTicked() {
    const ids = [...document.querySelectorAll("[data-queue-tick]:checked")].map((b) => Number(b.value));
    if (ids.length === 0) throw new Error("Anh/Chị đánh dấu các câu hỏi muốn bỏ qua trước.");
    const result = await admin.api("POST", "/unanswered/dismiss", { questionIds: ids });
    await load();
    admin.say(`Đã bỏ qua ${result.dismissed} câu hỏi.`);
  }

  $("queue-dismiss").addEventListener("click", admin.run(dismissTicked));
  admin.tabs.queue = load;
})();
