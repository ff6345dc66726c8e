// Documents page: upload a document's full text (DOCX, PDF or TXT), read its passages, write an item from a passage,
// and let the language model draft question–answer pairs for review, over /admin/api/documents/{number}/….
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  let current = null; // the document open below the list, as /document-texts listed it
  let drafting = false; // whether the language model is on (Llm__Enabled)
  let shown = 0; // the latest show() call: an earlier one still loading (e.g. the tab's reload) must not overwrite it

  const cell = (text) => { const td = document.createElement("td"); td.textContent = text ?? ""; return td; };
  const path = (number, rest) => `/documents/${encodeURIComponent(number)}/${rest}`;
  const formats = { docx: "Word", pdf: "PDF", txt: "văn bản thuần" };

  async function load() {
    const since = shown; // a document opened while this reload runs (a "Xem" clicked meanwhile) is the one to keep
    showQuestion();
    drafting = (await admin.api("GET", "/rephrasing")).enabled;
    const documents = await admin.api("GET", "/document-texts");
    $("document-texts").replaceChildren(...documents.map((d) => {
      const row = document.createElement("tr");
      const open = document.createElement("button");
      open.type = "button"; open.textContent = "Xem";
      open.addEventListener("click", admin.run(async () => { await show(d.number); admin.reveal($("document-view")); }));
      const actions = document.createElement("td"); actions.append(open);
      row.append(cell(d.number), cell(d.title), cell(d.hasText ? `Có (${d.passages} đoạn)` : "Chưa có"), actions);
      return row;
    }));
    if (current && shown === since) await show(current.number);
  }

  // Coming from the unanswered queue: the citizen's question goes with any item written from a passage.
  function showQuestion() {
    const question = admin.citizenQuestion;
    $("documents-question").hidden = !question;
    if (!question) return;
    const clear = document.createElement("button");
    clear.type = "button"; clear.textContent = "Bỏ câu hỏi này";
    clear.addEventListener("click", () => { admin.citizenQuestion = null; showQuestion(); });
    $("documents-question").replaceChildren(`Đang tìm câu trả lời cho câu hỏi của người dân: "${question.text}". `, clear);
  }

  async function show(number) {
    const call = ++shown;
    const documents = await admin.api("GET", "/document-texts");
    if (call !== shown) return;
    current = documents.find((d) => d.number === number);
    $("document-view").hidden = false;
    $("document-title").textContent = `${current.number} – ${current.title}`;
    $("document-source").textContent = current.hasText
      ? `Toàn văn từ tệp ${current.fileName ?? ""} (${formats[current.format] ?? current.format}), ${current.characters} ký tự, tải lên bởi ${current.uploadedBy}.`
      : "Văn bản này chưa có toàn văn.";
    $("document-delete").hidden = !current.hasText;
    $("document-drafts").hidden = !drafting || !current.hasText;
    const passages = await admin.api("GET", path(number, "passages"));
    if (call !== shown) return;
    $("passages").replaceChildren(...passages.map((passage) => {
      const item = document.createElement("li");
      const heading = document.createElement("h4");
      heading.textContent = passage.headingPath || `Đoạn ${passage.order}`;
      const text = document.createElement("p");
      text.textContent = passage.text;
      const write = document.createElement("button");
      write.type = "button"; write.textContent = "Tạo mục hỏi đáp";
      write.addEventListener("click", () => {
        const question = admin.citizenQuestion;
        admin.newItem({ answer: passage.text, sources: [current.number], variants: question ? [question.text] : [] }, question?.questionId ?? null);
        admin.citizenQuestion = null;
        admin.say(`Viết mục mới từ đoạn ${passage.order} của văn bản ${current.number}${question ? ` cho câu hỏi "${question.text}"` : ""}: điền mã mục và câu hỏi rồi bấm "Tạo mục".`);
      });
      item.append(heading, text, write);
      return item;
    }));
  }

  async function upload() {
    const file = $("document-file").files[0];
    if (!file) throw new Error("Anh/Chị chọn tệp .docx, .pdf hoặc .txt trước.");
    const form = new FormData();
    form.append("file", file);
    const response = await fetch(`/admin/api${path(current.number, "text")}`, { method: "PUT", body: form, headers: admin.changeHeaders(), credentials: "same-origin" });
    const result = await response.json().catch(() => ({}));
    if (response.status === 403) throw new Error("Tài khoản của Anh/Chị không có quyền làm việc này.");
    if (!response.ok) throw new Error(result.detail ?? `Lỗi ${response.status}`);
    $("document-warnings").replaceChildren(...result.warnings.map((w) => { const li = document.createElement("li"); li.textContent = w; return li; }));
    $("document-file").value = "";
    await load();
    admin.say(`Đã tải lên toàn văn ${result.number}: ${result.passages} đoạn.`);
  }

  async function remove() {
    if (!confirm(`Xóa toàn văn của văn bản ${current.number}?`)) return;
    await admin.api("DELETE", path(current.number, "text"));
    $("document-warnings").replaceChildren();
    await load();
    admin.say(`Đã xóa toàn văn ${current.number}.`);
  }

  async function draft() {
    admin.say("Đang đề xuất hỏi đáp, có thể mất một lúc…");
    const result = await admin.api("POST", path(current.number, "faq-drafts"), {});
    const list = (label, entries, text) => {
      if (entries.length === 0) return [];
      const title = document.createElement("h4"); title.textContent = label;
      const ul = document.createElement("ul");
      ul.append(...entries.map((e) => { const li = document.createElement("li"); li.textContent = text(e); return li; }));
      return [title, ul];
    };
    $("document-drafted").replaceChildren(
      ...list("Bản nháp chờ duyệt", result.drafted, (d) => `${d.itemId}: ${d.question}`),
      ...list("Bị loại (không khớp đoạn văn bản)", result.refused, (r) => `${r.question} – ${r.reason}`),
      ...list("Không đề xuất được", result.failed, (f) => `${f.passageId}: ${f.reason}`));
    admin.say(`Đã tạo ${result.drafted.length} bản nháp chờ duyệt; ${result.refused.length} cặp hỏi đáp bị loại.`);
  }

  $("document-upload").addEventListener("submit", admin.run(upload));
  $("document-delete").addEventListener("click", admin.run(remove));
  $("document-drafts").addEventListener("click", admin.run(draft));
  admin.tabs.documents = load;
})();
