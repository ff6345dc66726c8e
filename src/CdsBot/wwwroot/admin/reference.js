// Reference page: the source documents answers cite, the synonyms and the chat shorthand the bot reads questions with,
// edited over /admin/api/documents, /synonyms and /shorthand. Publishers change them (in force at once); editors read.
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  const el = (tag, props = {}, ...children) => { const e = Object.assign(document.createElement(tag), props); e.append(...children); return e; };
  const cell = (text) => el("td", { textContent: text ?? "" });
  const field = (label, id, props = {}) => el("label", {}, label, " ", el(props.rows ? "textarea" : "input", { id, ...props }));
  const button = (text, onClick, props = {}) => { const b = el("button", { type: "button", textContent: text, ...props }); b.addEventListener("click", onClick); return b; };
  let documents = [];

  // Staff type dates as they write them (17/07/2023); the API takes 2023-07-17. Both are accepted.
  function isoDate(text) {
    const value = text.trim();
    if (!value) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const m = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
    if (!m) throw new Error(`"${value}" không phải ngày: gõ dạng ngày/tháng/năm, ví dụ 17/07/2023.`);
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`Không có ngày ${value}.`);
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  const shownDate = (iso) => (iso ? iso.split("-").reverse().join("/") : "");

  function build() {
    const tab = $("tab-reference");
    if (tab.childElementCount > 0) return;
    const publisherOnly = el("p", { className: "note", id: "reference-readonly", textContent: "Chỉ người duyệt (publisher) sửa được các bảng này; Anh/Chị xem được." });
    const part = (title, id, open, ...children) => { const d = el("details", { id, open, className: "reference-part" }, el("summary", {}, el("h2", { textContent: title })), ...children); return d; };
    tab.append(
      publisherOnly,
      part("Văn bản nguồn", "reference-documents-part", true,
        el("p", { className: "hint", textContent: "Các văn bản câu trả lời trích dẫn. Toàn văn được tải lên ở thẻ “Văn bản”." }),
        el("div", { className: "scroll" }, el("table", { className: "reference-documents" }, el("thead", {}, el("tr", {}, ...["Số hiệu", "Loại", "Cơ quan ban hành", "Ngày ký", "Tên văn bản", ""].map((h) => el("th", { textContent: h })))), el("tbody", { id: "reference-documents" }))),
        el("form", { id: "reference-document-form", className: "editor publisher" },
          el("h3", { id: "reference-document-title", textContent: "Thêm văn bản" }),
          field("Số hiệu", "reference-document-number", { required: true, placeholder: "96/KH-UBND" }),
          el("div", { className: "row" },
            field("Loại văn bản", "reference-document-type", { required: true, placeholder: "Kế hoạch" }),
            field("Ngày ký (ngày/tháng/năm)", "reference-document-date", { placeholder: "17/07/2023", inputMode: "numeric" })),
          field("Cơ quan ban hành", "reference-document-issuer", { required: true, placeholder: "Ủy ban nhân dân tỉnh Thái Bình" }),
          field("Tên văn bản", "reference-document-name", { required: true }),
          field("Tóm tắt cho người dân", "reference-document-summary", { rows: 3 }),
          field("Liên kết đọc văn bản", "reference-document-link", { type: "url", placeholder: "https://" }),
          el("label", {}, "Địa phương ", el("select", { id: "reference-document-locality" })),
          el("div", { className: "row" }, button("Lưu văn bản", admin.run(saveDocument), { className: "primary" }), button("Văn bản mới", () => editDocument(null))))),
      part("Từ đồng nghĩa và viết tắt", "reference-synonyms-part", false,
        el("p", { className: "hint", textContent: "Cách viết khác và chữ viết tắt trong văn bản (“bhyt” là “bảo hiểm y tế”). Bot hiểu câu hỏi theo bảng này ngay khi lưu." }),
        table("synonyms")),
      part("Chữ viết tắt khi nhắn tin", "reference-shorthand-part", false,
        el("p", { className: "hint", textContent: "Kiểu viết tắt người dân hay gõ (“ko” là “không”, “dc” là “được”). Một từ chỉ nằm ở một trong hai bảng." }),
        table("shorthand")));
  }

  // Hides the rows the table's filter leaves out. Run on typing and on every redraw: rows that arrive after the filter
  // was typed (the tab still loading, or the table reloaded after a change) are filtered too.
  function applyFilter(kind) {
    const text = $(`reference-${kind}-filter`).value.trim().toLowerCase();
    $(`reference-${kind}`).querySelectorAll("tr").forEach((row) => { row.hidden = !!text && !row.textContent.toLowerCase().includes(text); });
  }

  // The two term tables share one shape: a term, what it means, edit in place, remove.
  function table(kind) {
    const filter = el("input", { type: "search", id: `reference-${kind}-filter`, placeholder: "Lọc theo từ hoặc nghĩa…" });
    filter.setAttribute("aria-label", `Lọc bảng ${kind === "synonyms" ? "từ đồng nghĩa" : "viết tắt khi nhắn tin"}`);
    filter.addEventListener("input", () => applyFilter(kind));
    return el("div", {},
      el("form", { id: `reference-${kind}-form`, className: "row publisher" },
        field("Từ", `reference-${kind}-term`, { required: true }),
        field("Nghĩa là", `reference-${kind}-means`, { required: true }),
        button("Lưu", admin.run(() => saveTerm(kind)), { className: "primary" })),
      filter,
      el("div", { className: "scroll" }, el("table", {}, el("thead", {}, el("tr", {}, el("th", { textContent: "Từ" }), el("th", { textContent: "Nghĩa là" }), el("th"))),
        el("tbody", { id: `reference-${kind}` }))));
  }

  async function load() {
    build();
    const isPublisher = admin.me()?.roles.includes("publisher");
    document.querySelectorAll("#tab-reference .publisher").forEach((e) => { e.hidden = !isPublisher; });
    $("reference-readonly").hidden = isPublisher;
    const localities = admin.catalog?.localities ?? [];
    if ($("reference-document-locality").childElementCount === 0) {
      $("reference-document-locality").replaceChildren(new Option("Toàn quốc", "national"), ...localities.map((l) => new Option(l.name, l.id)));
    }
    documents = await admin.api("GET", "/documents");
    $("reference-documents").replaceChildren(...documents.map((d) => {
      const actions = el("td");
      if (isPublisher) actions.append(button("Sửa", () => editDocument(d), { ariaLabel: `Sửa văn bản ${d.number}` }));
      return el("tr", {}, cell(d.number), cell(d.type), cell(d.issuer), cell(shownDate(d.signedOn)), cell(d.title), actions);
    }));
    await Promise.all(["synonyms", "shorthand"].map((kind) => loadTerms(kind, isPublisher)));
  }

  async function loadTerms(kind, isPublisher) {
    const terms = await admin.api("GET", `/${kind}`);
    $(`reference-${kind}`).replaceChildren(...terms.map((t) => {
      const actions = el("td");
      if (isPublisher) {
        actions.append(
          button("Sửa", () => { $(`reference-${kind}-term`).value = t.term; $(`reference-${kind}-means`).value = t.means; $(`reference-${kind}-means`).focus(); }, { ariaLabel: `Sửa ${t.term}` }),
          button("Xóa", admin.run(async () => {
            if (!confirm(`Xóa "${t.term}"?`)) return;
            await admin.api("DELETE", `/${kind}?term=${encodeURIComponent(t.term)}`);
            await loadTerms(kind, true);
            admin.say(`Đã xóa "${t.term}".`);
          }), { ariaLabel: `Xóa ${t.term}` }));
      }
      return el("tr", {}, cell(t.term), cell(t.means), actions);
    }));
    applyFilter(kind);
  }

  async function saveTerm(kind) {
    const term = $(`reference-${kind}-term`).value.trim();
    const means = $(`reference-${kind}-means`).value.trim();
    if (!term || !means) throw new Error("Anh/Chị điền cả từ và nghĩa của nó.");
    await admin.api("PUT", `/${kind}`, { term, means });
    $(`reference-${kind}-term`).value = ""; $(`reference-${kind}-means`).value = "";
    await loadTerms(kind, true);
    admin.say(`Đã lưu "${term}" nghĩa là "${means}". Bot hiểu theo nghĩa này từ bây giờ.`);
  }

  let editing = null; // the document open in the form, as the API listed it
  function editDocument(d) {
    editing = d;
    $("reference-document-title").textContent = d ? `Sửa văn bản ${d.number}` : "Thêm văn bản";
    $("reference-document-number").value = d?.number ?? ""; $("reference-document-number").readOnly = !!d;
    $("reference-document-type").value = d?.type ?? "";
    $("reference-document-date").value = shownDate(d?.signedOn);
    $("reference-document-issuer").value = d?.issuer ?? "";
    $("reference-document-name").value = d?.title ?? "";
    $("reference-document-summary").value = d?.summary ?? "";
    $("reference-document-link").value = d?.link ?? "";
    $("reference-document-locality").value = d?.locality ?? "national";
    $("reference-document-form").scrollIntoView();
  }

  async function saveDocument() {
    const value = (id) => $(id).value.trim();
    const body = {
      number: value("reference-document-number"), type: value("reference-document-type"), issuer: value("reference-document-issuer"),
      title: value("reference-document-name"), signedOn: isoDate($("reference-document-date").value),
      summary: value("reference-document-summary") || null, link: value("reference-document-link") || null,
      locality: $("reference-document-locality").value, keyTargets: editing?.keyTargets ?? [],
    };
    const saved = await admin.api("PUT", "/documents", body);
    await load();
    editDocument(documents.find((d) => d.number === saved.number) ?? null);
    admin.say(`Đã lưu văn bản ${saved.number}.`);
  }

  admin.tabs.reference = load;
})();
