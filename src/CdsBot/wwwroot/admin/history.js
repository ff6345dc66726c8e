// An item's history (#history/{id}): every published version with what it changed, and — for publishers — publishing an
// earlier version again (POST /admin/api/items/{id}/rollback/{version}).
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  let shown = null; // the item whose history is listed

  $("tab-history").innerHTML = `
    <article class="editor wide">
      <h2 id="history-title">Lịch sử</h2>
      <p id="history-meta"></p>
      <ol id="history-versions" class="versions" aria-label="Các phiên bản đã đăng"></ol>
      <div class="row">
        <button type="button" id="history-edit">Mở mục này</button>
      </div>
    </article>`;

  const when = (iso) => new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });
  const shorten = (text) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  // Changes carry raw values ("true", yyyy-mm-dd); the review page's wording makes them readable.
  const readable = (field, value) => {
    if (value === null || value === undefined || value === "") return "(trống)";
    if (field === "verbatim") return value === "true" ? "Có" : "Không";
    if (["validFrom", "validTo", "periodFrom", "periodTo"].includes(field)) return admin.showDate?.(value) ?? value;
    if (field === "topic" || field === "locality") return admin.fieldText?.(field, { [field]: value }) ?? value;
    return shorten(value);
  };

  async function show(id) {
    const [item, versions] = await Promise.all([admin.api("GET", `/items/${encodeURIComponent(id)}`), admin.api("GET", `/items/${encodeURIComponent(id)}/history`)]);
    shown = item;
    const publisher = admin.me()?.roles.includes("publisher");
    $("history-title").textContent = `Lịch sử mục ${item.id}`;
    $("history-meta").textContent = `${item.live.question} — đang dùng phiên bản ${item.version}${item.status === "unpublished" ? " (đã gỡ khỏi bot)" : ""}.`;
    $("history-versions").replaceChildren(...[...versions].reverse().map((v) => {
      const li = document.createElement("li");
      li.setAttribute("aria-label", `Phiên bản ${v.version}`);
      const title = document.createElement("h3");
      title.textContent = `Phiên bản ${v.version}${v.version === item.version ? " (đang dùng)" : ""}`;
      const first = v.changes.every((c) => c.before === null);
      const meta = document.createElement("p");
      meta.textContent = `${first ? "Bản đầu tiên. " : ""}Đăng lúc ${when(v.publishedAt)}; người viết: ${v.editedBy}; người duyệt: ${v.approvedBy}.`;
      const changes = document.createElement("dl");
      changes.className = "changes";
      for (const c of v.changes) {
        if (first && !c.after) continue; // the first version: only what it holds
        const dt = document.createElement("dt"); dt.textContent = admin.fieldNames?.[c.field] ?? c.field;
        const dd = document.createElement("dd");
        if (c.before !== null) { const del = document.createElement("del"); del.textContent = readable(c.field, c.before); dd.append(del, " → "); }
        const ins = document.createElement(first ? "span" : "ins"); ins.textContent = readable(c.field, c.after); dd.append(ins);
        changes.append(dt, dd);
      }
      li.append(title, meta, changes);
      if (publisher && v.version !== item.version) {
        const back = document.createElement("button");
        back.type = "button"; back.textContent = `Khôi phục phiên bản ${v.version}`;
        back.addEventListener("click", admin.run(() => rollback(v.version)));
        li.append(back);
      }
      return li;
    }));
    // Imported content is live without any version record: history starts at its next publication.
    if (versions.length === 0) {
      $("history-versions").textContent = item.version > 0
        ? `Phiên bản ${item.version} được nạp từ dữ liệu ban đầu nên chưa có lịch sử; lịch sử được ghi từ lần đăng tiếp theo.`
        : "Mục này chưa được đăng lần nào.";
    }
  }

  async function rollback(version) {
    if (!confirm(`Đăng lại nội dung của phiên bản ${version} thành phiên bản mới của mục ${shown.id}? Bot trả lời theo nội dung đó ngay.`)) return;
    const item = await admin.api("POST", `/items/${encodeURIComponent(shown.id)}/rollback/${version}`);
    await show(item.id);
    admin.say(`Đã khôi phục nội dung phiên bản ${version}: mục ${item.id} giờ ở phiên bản ${item.version}.`);
  }

  $("history-edit").addEventListener("click", () => { admin.editItem(shown); admin.showTab("items", shown.id); });
  admin.tabs.history = (id) => (id ? show(id) : Promise.resolve(admin.showTab("items")));
})();
