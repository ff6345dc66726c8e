// "Địa phương" page: the communes and wards citizens pick when they subscribe (GET/PUT/DELETE /admin/api/places), and
// the whole list as a file (/places/export, /places/import). Publishers change it, in force at once; editors read.
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  const el = (tag, props = {}, ...children) => { const e = Object.assign(document.createElement(tag), props); e.append(...children); return e; };
  const cell = (text) => el("td", { textContent: text ?? "" });
  const button = (text, onClick, props = {}) => { const b = el("button", { type: "button", textContent: text, ...props }); b.addEventListener("click", onClick); return b; };
  let editing = null; // the place open in the form, as the API listed it

  // "Phường Bến Thành" → "phuong-ben-thanh": the id a new place is given unless staff write another.
  const slug = (name) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

  function build() {
    const tab = $("tab-places");
    if (tab.childElementCount > 0) return;
    const filter = el("input", { type: "search", id: "places-filter", placeholder: "Lọc theo tên…" });
    filter.setAttribute("aria-label", "Lọc danh sách địa phương");
    filter.addEventListener("input", () => {
      const text = fold(filter.value.trim());
      $("places").querySelectorAll("tr").forEach((row) => { row.hidden = !!text && !fold(row.textContent).includes(text); });
    });
    const name = el("input", { id: "place-name", required: true, placeholder: "Tân Ninh" });
    name.addEventListener("input", () => { if (!editing) $("place-id").value = slug(name.value); });
    tab.append(
      el("h2", { textContent: "Địa phương (xã, phường)" }),
      el("p", { className: "note", textContent: "Đây là danh sách nơi người dân chọn khi đăng ký nhận tin (gõ một phần tên, có dấu hay không dấu đều được). Mục hỏi đáp và văn bản của riêng một địa phương cũng ghi theo danh sách này. Thay đổi có hiệu lực ngay." }),
      el("p", { className: "note", id: "places-readonly", textContent: "Chỉ người duyệt (publisher) sửa được danh sách này; Anh/Chị xem được." }),
      filter,
      el("div", { className: "scroll" }, el("table", { ariaLabel: "Danh sách địa phương" },
        el("thead", {}, el("tr", {}, ...["Tên", "Mã", "Tên gọi khác", "Đang dùng", ""].map((h) => el("th", { textContent: h })))),
        el("tbody", { id: "places" }))),
      el("p", { id: "places-empty", hidden: true, textContent: "Chưa có địa phương nào. Người dân chỉ chọn được “Toàn quốc”." }),
      el("form", { id: "place-form", className: "editor publisher" },
        el("h3", { id: "place-form-title", textContent: "Thêm địa phương" }),
        el("label", {}, "Tên ", name),
        el("label", {}, "Mã (chữ thường không dấu, tự điền theo tên) ", el("input", { id: "place-id", required: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*", placeholder: "tan-ninh" })),
        el("label", {}, "Tên gọi khác (mỗi dòng một tên, ví dụ “xã Tân Ninh”) ", el("textarea", { id: "place-aliases", rows: 3 })),
        el("div", { className: "row" },
          button("Lưu địa phương", admin.run(save), { className: "primary" }),
          button("Thêm nơi mới", () => edit(null)))),
      el("form", { id: "places-file", className: "editor publisher" },
        el("h3", { textContent: "Nhập hoặc tải cả danh sách" }),
        el("p", { className: "hint", textContent: "Tải danh sách về (tệp YAML, như content/localities.yaml), sửa, rồi nhập lại. Tệp được kiểm tra toàn bộ: có lỗi thì không lưu gì. Nơi không còn trong tệp sẽ bị xóa, trừ nơi đang được dùng." }),
        el("div", { className: "row" },
          el("label", {}, "Tệp danh sách (YAML) ", el("input", { id: "places-upload", type: "file", accept: ".yaml,.yml" })),
          button("Kiểm tra tệp", admin.run(() => importFile(true))),
          button("Nhập danh sách", admin.run(() => importFile(false)))),
        el("ul", { id: "places-errors", ariaLabel: "Lỗi trong tệp danh sách" })),
      el("p", {}, el("a", { href: "/admin/api/places/export", download: "localities.yaml", textContent: "Tải danh sách (YAML)" })));
  }

  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  const inUse = (use) => [[use.items, "mục hỏi đáp"], [use.documents, "văn bản"], [use.subscribers, "người đăng ký"], [use.campaigns, "chiến dịch"]]
    .filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(", ");

  async function load() {
    build();
    const isPublisher = admin.isPublisher();
    document.querySelectorAll("#tab-places .publisher").forEach((e) => { e.hidden = !isPublisher; });
    $("places-readonly").hidden = isPublisher;
    const places = await admin.api("GET", "/places");
    $("places-empty").hidden = places.length > 0;
    $("places").replaceChildren(...places.map((p) => {
      const actions = el("td");
      if (isPublisher) {
        actions.append(
          button("Sửa", () => edit(p), { ariaLabel: `Sửa ${p.name}` }),
          button("Xóa", admin.run(() => remove(p)), { ariaLabel: `Xóa ${p.name}` }));
      }
      return el("tr", {}, cell(p.name), cell(p.id), cell(p.aliases.join("; ")), cell(inUse(p.use) || "Chưa dùng"), actions);
    }));
    // The item form and campaigns offer the places too.
    if (admin.catalog) admin.catalog.localities = places.map((p) => ({ id: p.id, name: p.name }));
  }

  function edit(p) {
    editing = p;
    $("place-form-title").textContent = p ? `Sửa địa phương ${p.name}` : "Thêm địa phương";
    $("place-name").value = p?.name ?? "";
    $("place-id").value = p?.id ?? ""; $("place-id").readOnly = !!p;
    $("place-aliases").value = (p?.aliases ?? []).join("\n");
    admin.reveal($("place-form"));
  }

  async function save() {
    const id = $("place-id").value.trim();
    const name = $("place-name").value.trim();
    if (!name) throw new Error("Anh/Chị điền tên địa phương.");
    if (!id) throw new Error("Anh/Chị điền mã địa phương (chữ thường không dấu, ví dụ tan-ninh).");
    const aliases = $("place-aliases").value.split("\n").map((a) => a.trim()).filter(Boolean);
    const saved = await admin.api("PUT", `/places/${encodeURIComponent(id)}`, { name, aliases });
    const added = !editing;
    await load();
    edit(null);
    admin.say(`Đã ${added ? "thêm" : "lưu"} “${saved.name}”. Người dân tìm được nơi này ngay khi đăng ký nhận tin.`);
  }

  async function remove(p) {
    if (!confirm(`Xóa “${p.name}” khỏi danh sách địa phương?`)) return;
    await admin.api("DELETE", `/places/${encodeURIComponent(p.id)}`);
    await load();
    if (editing?.id === p.id) edit(null);
    admin.say(`Đã xóa “${p.name}”.`);
  }

  async function importFile(dryRun) {
    const file = $("places-upload").files[0];
    if (!file) throw new Error("Anh/Chị chọn tệp danh sách (YAML) trước.");
    const response = await fetch(`/admin/api/places/import?dryRun=${dryRun}`, { method: "POST", body: file, headers: admin.changeHeaders({ "Content-Type": "application/yaml" }), credentials: "same-origin" });
    const result = await response.json().catch(() => ({}));
    $("places-errors").replaceChildren(...(result.errors ?? []).map((e) => el("li", { textContent: e.text })));
    if (!response.ok) throw new Error(result.detail ?? `Lỗi ${response.status}`);
    const counts = `${result.places} nơi (thêm ${result.added.length}, sửa ${result.changed.length}, xóa ${result.removed.length})`;
    admin.say(dryRun ? `Tệp hợp lệ: ${counts}. Bấm “Nhập danh sách” để lưu.` : `Đã nhập danh sách: ${counts}.`);
    if (!dryRun) await load();
  }

  admin.tabs.places = load;
})();
