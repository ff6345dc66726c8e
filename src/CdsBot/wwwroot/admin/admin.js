// Staff workspace: a thin page over /admin/api, signed in with the staff cookie.
(() => {
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  let me = null;
  let current = null; // the item open in the editor, as the API returned it
  let fromQuestion = null; // the queued question a new item is being written for
  let antiforgeryToken = null; // sent back with every change: the staff cookie alone is not enough (/auth/me gives it)

  const say = (text, error = false) => { status.textContent = text; status.className = error ? "error" : ""; };
  // Pages of their own (campaigns.js) use these, and register a loader per tab in tabs.
  window.cdsAdmin = { tabs: {}, me: () => me, catalog: null };

  const changeHeaders = (headers = {}) => (antiforgeryToken ? { ...headers, "X-CSRF-Token": antiforgeryToken } : headers);

  async function api(method, path, body) {
    const response = await fetch(`/admin/api${path}`, {
      method,
      headers: changeHeaders(body === undefined ? {} : { "Content-Type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    if (response.status === 401) { showLogin(); throw new Error("Vui lòng đăng nhập."); }
    if (response.status === 403) throw new Error("Tài khoản của Anh/Chị không có quyền làm việc này.");
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const detail = data?.errors ? Object.values(data.errors).flat().join(" ") : data?.detail || `Lỗi ${response.status}`;
      throw new Error(detail);
    }
    return data;
  }

  const run = (action) => async (event) => {
    event?.preventDefault();
    try { await action(); } catch (error) { say(error.message, true); }
  };
  // The content check's findings on an item just submitted or approved (facts its sources do not state, tone).
  const warnings = (item) => (item.warnings?.length ? ` Lưu ý: ${item.warnings.map((w) => w.message).join(" ")}` : "");

  Object.assign(window.cdsAdmin, { api, say, run, warnings, changeHeaders, isPublisher: () => Boolean(me?.roles.includes("publisher")), showTab: (name, arg) => showTab(name, arg), newItem: (prefill, questionId) => newItem(prefill, questionId),
    editItem: (item) => edit(item), currentItem: () => current, itemContent: () => content() });

  function showLogin() {
    $("login-view").hidden = false; $("app-view").hidden = true; $("logout").hidden = true; $("who").textContent = "";
    me = null; antiforgeryToken = null;
  }

  async function start() {
    try { me = await api("GET", "/auth/me"); } catch { return; }
    antiforgeryToken = me.antiforgeryToken;
    const roleText = { editor: "biên tập", publisher: "duyệt đăng", admin: "quản trị" };
    $("who").textContent = `${me.userName} (${me.roles.map((r) => roleText[r] ?? r).join(", ")})`;
    document.querySelectorAll(".publisher").forEach((b) => { b.hidden = !me.roles.includes("publisher"); });
    const catalog = await api("GET", "/catalog");
    window.cdsAdmin.catalog = catalog;
    $("item-topic").replaceChildren(...catalog.topics.map((t) => new Option(t.title, t.id)));
    $("item-locality").replaceChildren(new Option("Toàn quốc", "national"), ...catalog.localities.map((l) => new Option(l.name, l.id)));
    // The workspace appears only once its first view is chosen: a tab pressed as soon as it shows stays pressed,
    // rather than being switched back when a late sign-in step finishes.
    const { name, arg } = route();
    showTab(name, arg, true);
    $("login-view").hidden = true; $("app-view").hidden = false; $("logout").hidden = false;
    await search();
  }

  // Each view has a URL, #tab or #tab/argument (an item's id), so back, forward and reload work.
  let shownHash = null;
  function route() {
    const hash = location.hash.slice(1);
    const at = hash.indexOf("/");
    const name = at < 0 ? hash : hash.slice(0, at);
    return document.getElementById(`tab-${name}`) ? { name, arg: at < 0 ? null : decodeURIComponent(hash.slice(at + 1)) } : { name: "items", arg: null };
  }

  function showTab(name, arg = null, replace = false) {
    const hash = `#${name}${arg ? `/${encodeURIComponent(arg)}` : ""}`;
    if (location.hash !== hash) history[replace ? "replaceState" : "pushState"](null, "", hash);
    shownHash = hash;
    say("");
    const section = $(`tab-${name}`);
    document.querySelectorAll(".tab").forEach((t) => { t.hidden = t !== section; });
    // "You are here": a view without a tab of its own (an item's history) lights the tab it belongs to.
    const tab = section?.dataset.nav ?? name;
    document.querySelectorAll("nav button").forEach((b) => { if (b.dataset.tab === tab) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current"); });
    if (name === "handoffs") loadHandoffs().catch((e) => say(e.message, true));
    window.cdsAdmin.tabs[name]?.(arg).catch((e) => say(e.message, true));
    if (name === "try") loadRephrasing().catch((e) => say(e.message, true));
  }

  // A form opened from a list: brought into view with its first field ready to type in (on a phone it is far below).
  function reveal(form) {
    form.scrollIntoView({ block: "start" });
    const first = [...form.querySelectorAll("input, select, textarea, button")].find((f) => !f.readOnly && !f.disabled && f.offsetParent !== null);
    first?.focus({ preventScroll: true });
  }
  window.cdsAdmin.reveal = reveal;

  const cell = (text) => { const td = document.createElement("td"); td.textContent = text ?? ""; return td; };
  const statusText = { published: "Đang dùng", draft: "Chưa đăng", unpublished: "Đã gỡ" };
  const draftText = { editing: "Đang soạn", in_review: "Chờ duyệt" };

  async function search() {
    const items = await api("GET", `/items?q=${encodeURIComponent($("search").value)}`);
    $("items").replaceChildren(...items.map((item) => {
      const row = document.createElement("tr");
      const open = document.createElement("button");
      open.type = "button"; open.textContent = "Mở"; open.addEventListener("click", () => { edit(item); showTab("items", item.id); reveal($("editor")); });
      const actions = document.createElement("td"); actions.append(open);
      const labelled = (label, text) => { const td = cell(text); td.dataset.label = label; return td; }; // labels show on phone cards
      row.append(cell(item.id), cell(item.live.question), labelled("Trạng thái", statusText[item.status] ?? item.status), labelled("Phiên bản", item.version),
        labelled("Bản nháp", draftText[item.draft?.state] ?? ""), actions);
      return row;
    }));
  }

  function edit(item) {
    current = item;
    const content = item?.draft?.content ?? item?.live ?? {};
    $("editor-title").textContent = item ? `Mục ${item.id}` : "Mục mới";
    $("item-id").value = item?.id ?? ""; $("item-id").readOnly = !!item;
    $("item-topic").value = content.topic ?? $("item-topic").value;
    $("item-locality").value = content.locality ?? "national";
    $("item-question").value = content.question ?? "";
    $("item-variants").value = (content.variants ?? []).join("\n");
    $("item-answer").value = content.answer ?? "";
    $("item-verbatim").checked = !!content.verbatim;
    $("create").hidden = !!item;
    window.cdsAdmin.itemForm?.fill(content, item); // links, follow-ups, sources, valid dates: items-form.js
  }

  // A new item written from elsewhere (a document's passage): the form opened with what is known, for staff to finish.
  function newItem(prefill, questionId = null) {
    showTab("items"); edit(null);
    fromQuestion = questionId;
    $("item-question").value = prefill.question ?? "";
    $("item-variants").value = (prefill.variants ?? []).join("\n");
    $("item-answer").value = prefill.answer ?? "";
    window.cdsAdmin.itemForm?.fill({ sources: prefill.sources ?? [] }, null);
    if (prefill.locality) $("item-locality").value = prefill.locality;
    $("editor").scrollIntoView();
    $("item-id").focus();
  }

  const content = () => ({
    topic: $("item-topic").value,
    locality: $("item-locality").value,
    question: $("item-question").value,
    variants: $("item-variants").value.split("\n").map((v) => v.trim()).filter(Boolean),
    answer: $("item-answer").value,
    verbatim: $("item-verbatim").checked,
    ...window.cdsAdmin.itemForm?.read(),
  });

  async function step(label, call) {
    const item = await call();
    edit(item); await search();
    say(`${label}: ${item.id}.${warnings(item)}`, Boolean(item.warnings?.length));
  }

  async function loadRephrasing() {
    const info = await api("GET", "/rephrasing");
    const s = info.stats;
    const reasons = Object.entries(s.fallbacksByReason).map(([reason, count]) => `${reason}: ${count}`).join("; ");
    $("rephrasing-stats").textContent = info.enabled
      ? `Đang bật (${info.provider}, ${info.deployment}). Từ khi cài đặt, trên mọi máy chủ: ${s.rephrased} câu trả lời được diễn đạt lại (${s.cacheHits} lấy lại từ bộ nhớ đệm), ${s.fallbacks} lần gửi nguyên câu trả lời gốc${reasons ? ` (${reasons})` : ""}.`
      : "Đang tắt: chưa bật diễn đạt lại, bot gửi nguyên văn câu trả lời đã duyệt.";
  }

  $("login-form").addEventListener("submit", run(async () => {
    await api("POST", "/auth/login", { userName: $("login-user").value, password: $("login-password").value }).catch(() => { throw new Error("Sai tên đăng nhập hoặc mật khẩu."); });
    $("login-password").value = ""; say(""); await start();
  }));
  $("logout").addEventListener("click", run(async () => { await api("POST", "/auth/logout"); showLogin(); say("Đã đăng xuất."); }));
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  // Back, forward, or a typed address: show the view the URL names, once (a fragment change fires both events).
  const follow = () => { if (me && location.hash !== shownHash) { const { name, arg } = route(); showTab(name, arg); } };
  window.addEventListener("popstate", follow);
  window.addEventListener("hashchange", follow);
  $("search-form").addEventListener("submit", run(search));
  $("new-item").addEventListener("click", () => { fromQuestion = null; edit(null); });
  $("create").addEventListener("click", run(() => step("Đã tạo bản nháp", async () => {
    const body = { id: $("item-id").value.trim(), content: content() };
    const item = await api("POST", fromQuestion ? `/unanswered/${fromQuestion}/create` : "/items", body);
    fromQuestion = null;
    return item;
  })));
  $("save-draft").addEventListener("click", run(() => step("Đã lưu bản nháp", () => api("PUT", `/items/${current.id}/draft`, content()))));
  $("submit-review").addEventListener("click", run(() => step("Đã gửi duyệt", () => api("POST", `/items/${current.id}/submit`))));
  $("approve").addEventListener("click", run(() => step("Đã duyệt và đăng", () => api("POST", `/items/${current.id}/approve`))));
  $("unpublish").addEventListener("click", run(() => step("Đã gỡ", () => api("POST", `/items/${current.id}/unpublish`))));
  const channelText = { zalo: "Zalo", messenger: "Messenger", webchat: "Trang web" };
  async function loadHandoffs() {
    const requests = await api("GET", "/handoffs?open=true");
    $("handoffs").replaceChildren(...requests.map((request) => {
      const box = document.createElement("article");
      box.className = "editor";
      const title = document.createElement("h3");
      title.textContent = `${channelText[request.channel] ?? request.channel} · ${request.userId}: ${request.message}`;
      const details = document.createElement("p");
      // A phone number is there only when the citizen gave it (web hand-off), for calling back and nothing else.
      details.textContent = `Gửi lúc ${new Date(request.requestedAt).toLocaleString("vi-VN")}` +
        (request.phone ? ` · Số điện thoại để gọi lại: ${request.phone} (đồng ý lúc ${new Date(request.phoneConsentAt).toLocaleString("vi-VN")}; chỉ dùng để gọi lại về yêu cầu này)` : "");
      // Personal data (phone, ID, e-mail, account numbers) is shown only to the staff member who took the request.
      const yours = request.assignedTo && !request.masked;
      const holder = document.createElement("p");
      holder.className = "hint";
      holder.textContent = !request.assignedTo
        ? "Chưa có cán bộ nhận xử lý. Số điện thoại, số CCCD… của người dân chỉ hiện cho cán bộ nhận xử lý."
        : yours ? "Anh/Chị đang xử lý yêu cầu này." : `Cán bộ ${request.assignedTo} đang xử lý yêu cầu này.`;
      const thread = document.createElement("ol");
      thread.append(...request.thread.map((m) => { const li = document.createElement("li"); li.textContent = `${m.from === "staff" ? m.staffName : "Người dân"}: ${m.text}`; return li; }));
      const text = document.createElement("textarea");
      text.rows = 3; text.placeholder = "Nội dung trả lời người dân";
      const answer = document.createElement("label");
      answer.append("Nội dung trả lời người dân", text);
      const send = document.createElement("button");
      send.type = "button"; send.textContent = "Gửi trả lời";
      send.addEventListener("click", run(async () => { await api("POST", `/handoffs/${request.id}/reply`, { text: text.value }); say("Đã gửi trả lời."); await loadHandoffs(); }));
      const close = document.createElement("button");
      close.type = "button"; close.textContent = "Kết thúc";
      close.addEventListener("click", run(async () => { await api("POST", `/handoffs/${request.id}/close`); say("Đã kết thúc, bot trả lời lại người dân."); await loadHandoffs(); }));
      const take = document.createElement("button");
      take.type = "button"; take.textContent = yours ? "Trả lại" : "Nhận xử lý";
      take.hidden = request.assignedTo && !yours;
      take.addEventListener("click", run(async () => {
        await api("POST", `/handoffs/${request.id}/${yours ? "release" : "assign"}`);
        say(yours ? "Đã trả lại yêu cầu cho cán bộ khác nhận." : "Anh/Chị đã nhận xử lý yêu cầu này.");
        await loadHandoffs();
      }));
      send.disabled = Boolean(request.assignedTo && !yours);
      const actions = document.createElement("div");
      actions.className = "row"; actions.append(take, send, close);
      box.append(title, details, holder, thread, answer, actions);
      return box;
    }));
    if (requests.length === 0) $("handoffs").textContent = "Không có yêu cầu nào đang chờ.";
  }

  async function importFile(dryRun) {
    const file = $("import-file").files[0];
    if (!file) throw new Error("Anh/Chị chọn tệp CSV hoặc XLSX trước.");
    const format = file.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
    const type = format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
    const response = await fetch(`/admin/api/items/import?format=${format}&dryRun=${dryRun}`, { method: "POST", body: file, headers: changeHeaders({ "Content-Type": type }), credentials: "same-origin" });
    const result = await response.json().catch(() => ({}));
    $("import-errors").replaceChildren(...(result.errors ?? []).map((e) => { const li = document.createElement("li"); li.textContent = e.text; return li; }));
    if (!response.ok) throw new Error(result.errors ? `Tệp có ${result.errors.length} lỗi, chưa nhập gì.` : result.detail ?? `Lỗi ${response.status}`);
    say(dryRun ? `Tệp hợp lệ: ${result.valid} dòng.` : `Đã nhập ${result.imported} dòng thành bản nháp.`);
    if (!dryRun) await search();
  }

  $("import-check").addEventListener("click", run(() => importFile(true)));
  $("import-run").addEventListener("click", run(() => importFile(false)));
  $("try-form").addEventListener("submit", run(async () => {
    const result = await api("POST", "/try", { question: $("try-question").value, includeDrafts: $("try-drafts").checked });
    const said = result.band === "document" ? result.passage.excerpt : result.answer ?? (result.band === "suggested" ? "Bot sẽ gợi ý các câu hỏi dưới đây." : result.band === "clarified" ? "Bot sẽ hỏi lại Anh/Chị muốn hỏi nội dung nào trong các câu dưới đây." : "Bot sẽ trả lời là chưa có thông tin.");
    $("try-answer").textContent = result.passage?.beside ? `${said}\n\n${result.passage.excerpt}` : said;
    const score = (n) => n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); // 0,59
    $("try-candidates").replaceChildren(...[...result.candidates].sort((a, b) => b.confidence - a.confidence).map((c) => {
      const li = document.createElement("li"); li.textContent = `${c.itemId} – ${c.question} (độ tin cậy ${score(c.confidence)})`; return li;
    }));
  }));

  edit(null);
  start().then(() => { if (!me) showLogin(); });
})();
