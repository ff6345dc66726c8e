// "Bài học, hướng dẫn" page, second half: guides and lessons edited as their files' text (GET/POST /admin/api/guides).
// A change is checked on submit, waits for review, and a publisher other than its writer publishes it.
(() => {
  const admin = window.cdsAdmin;
  const $ = (id) => document.getElementById(id);
  const kindText = { guide: "Hướng dẫn", lesson: "Bài học" };
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text; return td; };
  const button = (text, action) => {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = text; b.addEventListener("click", admin.run(action));
    const td = document.createElement("td"); td.append(b); return td;
  };
  const local = (at) => new Date(at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
  let shownDraft = null;

  async function edit(kind, id) {
    const file = await admin.api("GET", `/guides/${kind}/${encodeURIComponent(id)}`);
    $("guide-kind").value = kind;
    $("guide-yaml").value = file.yaml;
    $("guide-form-title").textContent = `Sửa ${kindText[kind].toLowerCase()}: ${id}`;
    $("guide-yaml").focus();
  }

  async function view(id) {
    const draft = await admin.api("GET", `/guides/drafts/${id}`);
    shownDraft = draft;
    $("guide-draft-title").textContent = `${kindText[draft.kind]} ${draft.targetId} — bản sửa của ${draft.writtenBy}`;
    $("guide-draft-published").textContent = draft.published ?? "(mới, chưa có)";
    $("guide-draft-yaml").textContent = draft.yaml;
    $("guide-draft-view").hidden = false;
    $("guide-draft-approve").hidden = !admin.isPublisher();
  }

  async function load() {
    const data = await admin.api("GET", "/guides");
    $("guides").replaceChildren(
      ...data.guides.map((g) => { const row = document.createElement("tr"); row.append(cell(kindText.guide), cell(g.title), cell(g.id), button("Sửa", () => edit("guide", g.id))); return row; }),
      ...data.lessons.map((l) => { const row = document.createElement("tr"); row.append(cell(kindText.lesson), cell(l.title), cell(l.id), button("Sửa", () => edit("lesson", l.id))); return row; }));
    $("guide-drafts").replaceChildren(...data.drafts.map((d) => {
      const row = document.createElement("tr");
      row.append(cell(`${kindText[d.kind]}${d.isNew ? " (mới)" : ""}`), cell(d.targetId), cell(d.writtenBy), cell(local(d.submittedAt)), button("Xem", () => view(d.id)));
      return row;
    }));
    $("guide-drafts-empty").hidden = data.drafts.length > 0;
    if (shownDraft && !data.drafts.some((d) => d.id === shownDraft.id)) { shownDraft = null; $("guide-draft-view").hidden = true; }
  }

  $("guide-form").addEventListener("submit", admin.run(async () => {
    const body = await admin.api("POST", "/guides/drafts", { kind: $("guide-kind").value, yaml: $("guide-yaml").value });
    admin.say(`Đã gửi duyệt ${kindText[body.kind].toLowerCase()} ${body.targetId}. Một người duyệt đăng khác sẽ xem và đăng.${admin.warnings(body)}`, body.warnings.length > 0);
    await load();
  }));
  $("guide-draft-approve").addEventListener("click", admin.run(async () => {
    const body = await admin.api("POST", `/guides/drafts/${shownDraft.id}/approve`);
    admin.say(`Đã đăng ${kindText[body.kind].toLowerCase()} ${body.targetId}; bot dùng ngay.${admin.warnings(body)}`, body.warnings.length > 0);
    await load();
  }));
  $("guide-draft-discard").addEventListener("click", admin.run(async () => {
    await admin.api("DELETE", `/guides/drafts/${shownDraft.id}`);
    admin.say("Đã bỏ bản sửa.");
    await load();
  }));

  admin.loadGuides = load;
})();
