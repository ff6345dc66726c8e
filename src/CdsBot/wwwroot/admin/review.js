// "Chờ duyệt": the drafts awaiting review and those still being written, bulk "gửi duyệt" and bulk approval with a
// result per item (/admin/api/drafts), and a draft side by side with the published version (#review/{id}).
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;

  $("tab-review").innerHTML = `
    <div id="review-list">
      <h2>Chờ duyệt</h2>
      <p id="review-rule" class="note">Mỗi bản nháp cần một cán bộ duyệt khác người đã viết: Anh/Chị không duyệt được bản nháp của chính mình.</p>
      <ul id="review-results" class="results" aria-label="Kết quả từng mục"></ul>
      <table>
        <thead><tr><th><input type="checkbox" id="review-all" aria-label="Chọn tất cả bản nháp chờ duyệt"></th><th>Mã</th><th>Câu hỏi</th><th>Người viết</th><th>Thay đổi</th><th></th></tr></thead>
        <tbody id="review-waiting"></tbody>
      </table>
      <div class="row"><button type="button" id="review-approve" class="publisher">Duyệt và đăng các mục đã chọn</button></div>
      <h2>Đang soạn, chưa gửi duyệt</h2>
      <table>
        <thead><tr><th><input type="checkbox" id="editing-all" aria-label="Chọn tất cả bản nháp đang soạn"></th><th>Mã</th><th>Câu hỏi</th><th>Người viết</th><th>Thay đổi</th><th></th></tr></thead>
        <tbody id="review-editing"></tbody>
      </table>
      <div class="row"><button type="button" id="review-submit">Gửi duyệt các mục đã chọn</button></div>
    </div>
    <article id="review-diff" class="editor wide" hidden>
      <h2 id="diff-title"></h2>
      <p id="diff-meta"></p>
      <p id="diff-own" class="note" hidden></p>
      <div id="diff-table" class="diff" role="table" aria-label="So sánh bản nháp với bản đang dùng"></div>
      <div class="row">
        <button type="button" id="diff-approve" class="publisher">Duyệt và đăng</button>
        <button type="button" id="diff-submit">Gửi duyệt</button>
        <button type="button" id="diff-edit">Mở để sửa</button>
        <button type="button" id="diff-history">Lịch sử</button>
        <button type="button" id="diff-back">Về danh sách chờ duyệt</button>
      </div>
    </article>`;

  const fieldNames = {
    topic: "Chủ đề", locality: "Địa phương", question: "Câu hỏi", variants: "Cách hỏi khác", answer: "Câu trả lời",
    sources: "Văn bản nguồn", links: "Liên kết", followUps: "Câu hỏi tiếp theo", tags: "Nhãn", validFrom: "Hiệu lực từ ngày",
    validTo: "Hiệu lực đến ngày", series: "Chuỗi theo năm", periodFrom: "Kỳ từ ngày", periodTo: "Kỳ đến ngày", verbatim: "Giữ nguyên văn",
  };
  admin.fieldNames = fieldNames;
  const stateText = { editing: "Đang soạn", in_review: "Chờ duyệt" };
  const cell = (content) => { const td = document.createElement("td"); td.append(content ?? ""); return td; };
  const when = (iso) => new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });
  const mine = (item) => (item.draft?.writers ?? [item.draft?.editedBy]).some((w) => w?.toLowerCase() === admin.me()?.userName.toLowerCase());
  let shown = null; // the item whose draft is compared

  // A field as staff read it: titles for topic and locality, dd/mm/yyyy dates, one entry per line.
  let questions = {}; // follow-up id → its question, for the item compared
  function text(field, content) {
    const catalog = admin.catalog;
    const v = content?.[field];
    switch (field) {
      case "topic": return catalog?.topics.find((t) => t.id === v)?.title ?? v ?? "";
      case "locality": return v === "national" ? "Toàn quốc" : catalog?.localities.find((l) => l.id === v)?.name ?? v ?? "";
      case "followUps": return (v ?? []).map((id) => questions[id] ?? id).join("\n");
      case "links": return (v ?? []).map((l) => `${l.title} ${l.url}`).join("\n");
      case "validFrom": case "validTo": case "periodFrom": case "periodTo": return admin.showDate?.(v) ?? v ?? "";
      case "verbatim": return v ? "Có" : "Không";
      default: return Array.isArray(v) ? v.join("\n") : v ?? "";
    }
  }
  admin.fieldText = text;

  function row(item, selectable) {
    const tr = document.createElement("tr");
    const box = document.createElement("input");
    box.type = "checkbox"; box.value = item.id; box.setAttribute("aria-label", `Chọn ${item.id}`);
    const open = document.createElement("button");
    open.type = "button"; open.textContent = "Xem thay đổi";
    open.addEventListener("click", () => admin.showTab("review", item.id));
    const changes = item.version === 0 ? "Mục mới" : item.draft.changes.map((c) => fieldNames[c.field] ?? c.field).join(", ") || "Không đổi gì";
    const writer = `${item.draft.writers?.join(", ") || item.draft.editedBy}, ${when(item.draft.editedAt)}${mine(item) ? " (Anh/Chị)" : ""}`;
    tr.append(cell(selectable ? box : ""), cell(item.id), cell(item.draft.content.question), cell(writer), cell(changes), cell(open));
    return tr;
  }

  async function list() {
    $("review-list").hidden = false; $("review-diff").hidden = true;
    const [waiting, editing] = await Promise.all([admin.api("GET", "/drafts?state=in_review"), admin.api("GET", "/drafts?state=editing")]);
    listed = [...waiting, ...editing];
    const empty = (tbody, text) => { const tr = document.createElement("tr"); const td = cell(text); td.colSpan = 6; tr.append(td); tbody.replaceChildren(tr); };
    $("review-waiting").replaceChildren(...waiting.map((i) => row(i, true)));
    if (waiting.length === 0) empty($("review-waiting"), "Không có bản nháp nào chờ duyệt.");
    $("review-editing").replaceChildren(...editing.map((i) => row(i, true)));
    if (editing.length === 0) empty($("review-editing"), "Không có bản nháp nào đang soạn.");
    $("review-all").checked = false; $("editing-all").checked = false;
  }

  // A word-level comparison: what the draft removes is struck through on the left, what it adds marked on the right.
  function wordDiff(before, after) {
    const a = before.split(/(\s+)/), b = after.split(/(\s+)/);
    if (a.length * b.length > 4_000_000) return [[{ text: before, changed: true }], [{ text: after, changed: true }]];
    const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const left = [], right = [];
    let i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) { left.push({ text: a[i] }); right.push({ text: b[j] }); i++; j++; }
      else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) right.push({ text: b[j++], changed: true });
      else left.push({ text: a[i++], changed: true });
    }
    return [joined(left), joined(right)];
  }

  // Spaces between two changed words belong to the change, so a changed phrase reads as one mark.
  const joined = (parts) => parts.map((p, k) => (!p.changed && !p.text.trim() && parts[k - 1]?.changed && parts[k + 1]?.changed ? { ...p, changed: true } : p))
    .reduce((runs, p) => { const last = runs[runs.length - 1]; if (last && !!last.changed === !!p.changed) last.text += p.text; else runs.push({ ...p }); return runs; }, []);

  function side(parts, tag, label) {
    const div = document.createElement("div");
    div.setAttribute("role", "cell"); div.dataset.side = label;
    for (const part of parts) {
      if (part.changed && part.text.trim()) { const mark = document.createElement(tag); mark.textContent = part.text; div.append(mark); } else div.append(part.text);
    }
    return div;
  }

  async function diff(id) {
    $("review-list").hidden = true; $("review-diff").hidden = false;
    const item = await admin.api("GET", `/items/${encodeURIComponent(id)}`);
    shown = item;
    const draft = item.draft;
    const ids = [...new Set([...(item.live.followUps ?? []), ...(draft?.content.followUps ?? [])])];
    const found = await Promise.all(ids.map((f) => admin.api("GET", `/items/${encodeURIComponent(f)}`).then((i) => i.live.question).catch(() => `${f} (không tìm thấy)`)));
    questions = Object.fromEntries(ids.map((f, k) => [f, found[k]]));
    $("diff-title").textContent = draft ? `Bản nháp của mục ${item.id}` : `Mục ${item.id} không có bản nháp`;
    $("diff-meta").textContent = draft
      ? `${stateText[draft.state] ?? draft.state}. Người viết: ${draft.writers?.join(", ") || draft.editedBy}, lần sửa cuối ${when(draft.editedAt)}. ${item.version === 0 ? "Mục mới, chưa có bản đang dùng." : `So với bản đang dùng: phiên bản ${item.version}.`}`
      : "Không có gì để duyệt.";
    const own = draft && mine(item);
    $("diff-own").hidden = !own;
    $("diff-own").textContent = "Anh/Chị đã viết (một phần) bản nháp này nên không thể tự duyệt: cần một cán bộ duyệt khác.";
    const publisher = admin.me()?.roles.includes("publisher");
    $("diff-approve").hidden = !publisher || draft?.state !== "in_review";
    $("diff-approve").disabled = !!own;
    $("diff-submit").hidden = draft?.state !== "editing";
    $("diff-history").hidden = item.version === 0;

    const live = item.version === 0 ? null : item.live;
    const changed = new Set((draft?.changes ?? []).map((c) => c.field));
    const head = document.createElement("div");
    head.className = "diff-row diff-head"; head.setAttribute("role", "row");
    head.append(...["Nội dung", live ? `Đang dùng (phiên bản ${item.version})` : "Đang dùng", "Bản nháp"].map((t) => { const h = document.createElement("div"); h.setAttribute("role", "columnheader"); h.textContent = t; return h; }));
    // Fields empty on both sides are left out; an unchanged field is shown once, across both columns.
    const rows = Object.keys(fieldNames).flatMap((field) => {
      const before = live ? text(field, live) : "", after = draft ? text(field, draft.content) : text(field, item.live);
      const isChanged = draft && (changed.has(field) || (!live && after));
      if (!before && !after) return [];
      const tr = document.createElement("div");
      tr.className = `diff-row${isChanged ? " changed" : " same"}`; tr.setAttribute("role", "row");
      tr.setAttribute("aria-label", `${fieldNames[field]}${isChanged ? " (thay đổi)" : ""}`);
      const name = document.createElement("div");
      name.setAttribute("role", "rowheader"); name.textContent = fieldNames[field] + (isChanged ? " • thay đổi" : "");
      if (isChanged) {
        const [left, right] = wordDiff(before, after);
        tr.append(name, side(left, "del", "Đang dùng"), side(right, "ins", "Bản nháp"));
      } else {
        // Marked in words so the draft's side never reads as emptied.
        const same = side([{ text: after }], "span", "Không đổi");
        const note = document.createElement("small"); note.className = "same-note"; note.textContent = " (không đổi)";
        same.append(note);
        tr.append(name, same);
      }
      return [tr];
    });
    $("diff-table").replaceChildren(head, ...rows);
  }

  const resultText = { submit: "đã gửi duyệt", approve: "đã duyệt và đăng" };
  // Why an item was refused, in the words of the workflow's rules (the API's problem text is for API clients).
  const why = (step, r, own) => (r.status === 404 ? "mục không còn bản nháp."
    : r.status === 409 && step === "approve" && own ? "Anh/Chị đã viết (một phần) bản nháp này nên không tự duyệt được: cần một cán bộ duyệt khác."
      : r.status === 409 && step === "approve" ? "bản nháp chưa được gửi duyệt."
        : r.status === 403 ? "tài khoản của Anh/Chị không có quyền này." : r.detail ?? `lỗi ${r.status}.`);
  let listed = []; // the items in the lists, as the API gave them
  async function bulk(step, tbody) {
    const ids = [...$(tbody).querySelectorAll("input:checked")].map((b) => b.value);
    if (ids.length === 0) throw new Error("Anh/Chị đánh dấu ít nhất một mục trước.");
    const results = await admin.api("POST", `/drafts/${step}`, { ids });
    const own = new Set(listed.filter(mine).map((i) => i.id));
    await list();
    $("review-results").replaceChildren(...results.map((r) => {
      const item = document.createElement("li");
      item.className = r.ok ? "ok" : "failed";
      item.textContent = r.ok ? `${r.id}: ${resultText[step]}.` : `${r.id}: không thực hiện được – ${why(step, r, own.has(r.id))}`;
      return item;
    }));
    const done = results.filter((r) => r.ok).length;
    admin.say(`${done}/${results.length} mục ${resultText[step]}.`, done < results.length);
  }

  async function approveShown() {
    const item = await admin.api("POST", `/items/${encodeURIComponent(shown.id)}/approve`);
    await diff(item.id);
    admin.say(`Đã duyệt và đăng: ${item.id} (phiên bản ${item.version}).${admin.warnings(item)}`, Boolean(item.warnings?.length));
  }

  async function submitShown() {
    const item = await admin.api("POST", `/items/${encodeURIComponent(shown.id)}/submit`);
    await diff(item.id);
    admin.say(`Đã gửi duyệt: ${item.id}.${admin.warnings(item)}`, Boolean(item.warnings?.length));
  }

  const selectAll = (box, tbody) => $(box).addEventListener("change", () => $(tbody).querySelectorAll("input").forEach((b) => { b.checked = $(box).checked; }));
  selectAll("review-all", "review-waiting");
  selectAll("editing-all", "review-editing");
  $("review-approve").addEventListener("click", admin.run(() => bulk("approve", "review-waiting")));
  $("review-submit").addEventListener("click", admin.run(() => bulk("submit", "review-editing")));
  $("diff-approve").addEventListener("click", admin.run(approveShown));
  $("diff-submit").addEventListener("click", admin.run(submitShown));
  $("diff-edit").addEventListener("click", () => { admin.editItem(shown); admin.showTab("items", shown.id); $("editor").scrollIntoView(); });
  $("diff-history").addEventListener("click", () => admin.showTab("history", shown.id));
  $("diff-back").addEventListener("click", () => admin.showTab("review"));
  admin.tabs.review = (id) => { $("review-results").replaceChildren(); return id ? diff(id) : list(); };
})();
