// Campaigns page: write, approve, pause/resume/cancel broadcasts and read their figures, over /admin/api/campaigns.
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  let current = null; // the campaign open in the form, as the API returned it
  let accountsShown = false; // whether the OAs and Pages to send from have been listed in the form

  const statusText = { draft: "Bản nháp", approved: "Đã duyệt, chờ gửi", running: "Đang gửi", paused: "Tạm dừng", completed: "Đã gửi xong", cancelled: "Đã hủy" };
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text ?? ""; return td; };
  // The API gives times with their offset (+07:00); the form's datetime-local fields take "yyyy-MM-ddTHH:mm".
  const local = (value) => (value ? value.slice(0, 16) : "");
  const shown = (value) => (value ? local(value).replace("T", " ") : "");

  async function load() {
    fillChoices();
    await fillAccounts();
    showSteps(current?.status);
    const campaigns = await admin.api("GET", "/campaigns");
    $("campaigns").replaceChildren(...campaigns.map((campaign) => {
      const row = document.createElement("tr");
      const open = document.createElement("button");
      open.type = "button"; open.textContent = "Mở";
      open.addEventListener("click", admin.run(async () => show(await admin.api("GET", `/campaigns/${campaign.id}`))));
      const actions = document.createElement("td"); actions.append(open);
      row.append(cell(campaign.name), cell(statusText[campaign.status] ?? campaign.status), cell(shown(campaign.scheduledAt)), cell(campaign.status === "draft" || campaign.status === "approved" ? "" : campaign.targeted), actions);
      return row;
    }));
    if (campaigns.length === 0) {
      const row = document.createElement("tr"); const td = cell("Chưa có chiến dịch nào."); td.colSpan = 5; row.append(td);
      $("campaigns").replaceChildren(row);
    }
  }

  // Which steps a campaign's status allows: the others are not offered.
  const steps = { draft: ["campaign-approve"], approved: ["campaign-cancel"], running: ["campaign-pause", "campaign-cancel"], paused: ["campaign-resume", "campaign-cancel"] };
  function showSteps(status) {
    const publisher = admin.me()?.roles.includes("publisher");
    for (const id of ["campaign-approve", "campaign-pause", "campaign-resume", "campaign-cancel"]) $(id).hidden = !publisher || !(steps[status] ?? []).includes(id);
  }

  function fillChoices() {
    const catalog = admin.catalog;
    if (!catalog || $("campaign-topics").childElementCount > 0) return;
    $("campaign-topics").replaceChildren(...catalog.topics.map((t) => {
      const label = document.createElement("label"); label.className = "inline";
      const box = document.createElement("input"); box.type = "checkbox"; box.name = "campaign-topic"; box.value = t.id;
      label.append(box, ` ${t.title}`);
      return label;
    }));
    $("campaign-localities").replaceChildren(...catalog.localities.map((l) => new Option(l.name, l.id)));
  }

  // The Zalo OAs and Messenger Pages that may send, offered only when the deployment serves more than one of a channel.
  const channelNames = { zalo: "Zalo", messenger: "Messenger" };
  async function fillAccounts() {
    if (accountsShown) return;
    // Without the list the form still works: no account chosen sends from all of them.
    const accounts = await admin.api("GET", "/campaigns/accounts").catch(() => null);
    if (!accounts) return;
    accountsShown = true;
    const several = accounts.some((a) => accounts.filter((b) => b.channel === a.channel).length > 1);
    $("campaign-accounts-field").hidden = !several;
    $("campaign-accounts").replaceChildren(...accounts.map((a) => {
      const label = document.createElement("label"); label.className = "inline";
      const box = document.createElement("input"); box.type = "checkbox"; box.name = "campaign-account"; box.value = a.id;
      label.append(box, ` ${channelNames[a.channel] ?? a.channel}: ${a.name || a.id}`);
      return label;
    }));
    check("campaign-account", current?.accounts);
  }

  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);
  const check = (name, values) => document.querySelectorAll(`input[name="${name}"]`).forEach((b) => { b.checked = (values ?? []).includes(b.value); });

  function show(campaign) {
    current = campaign?.id ? campaign : null;
    const c = campaign ?? {};
    $("campaign-title").textContent = current ? `Chiến dịch: ${c.name} (${statusText[c.status] ?? c.status})` : "Chiến dịch mới";
    $("campaign-name").value = c.name ?? "";
    $("campaign-text").value = c.text ?? "";
    $("campaign-link").value = c.linkUrl ?? "";
    $("campaign-link-title").value = c.linkTitle ?? "";
    $("campaign-image").value = c.imageUrl ?? "";
    $("campaign-join-contest").checked = !!c.joinContest;
    check("campaign-topic", c.topics); check("campaign-channel", c.channels); check("campaign-account", c.accounts);
    [...$("campaign-localities").options].forEach((o) => { o.selected = (c.localities ?? []).includes(o.value); });
    $("campaign-active").value = c.activeWithinDays ?? "";
    $("campaign-scheduled").value = local(c.scheduledAt);
    $("campaign-expires").value = local(c.expiresAt);
    showStats(c.stats);
    showSteps(current?.status);
    $("campaign-preview").replaceChildren();
  }

  function showStats(stats) {
    const figures = stats ? [
      ["Người nhận", stats.targeted], ["Đã gửi", stats.sent], ["Gửi kèm khi người dân nhắn lại", stats.sentOnNextMessage],
      ["Chờ người dân nhắn lại", stats.deferred], ["Hết hạn chưa gửi", stats.expired], ["Đang chờ gửi", stats.queued],
      ["Bỏ qua", stats.skipped], ["Lỗi", stats.failed], ["Không rõ (máy chủ dừng khi đang gửi)", stats.unknown],
      ["Đã nhận", stats.delivered], ["Đã xem", stats.read], ["Bấm liên kết", stats.clicked], ["Hủy đăng ký sau tin", stats.optOuts],
      ...Object.entries(stats.failedByReason ?? {}).map(([reason, count]) => [`Lỗi: ${reason}`, count]),
    ] : [];
    $("campaign-stats").replaceChildren(...figures.flatMap(([name, value]) => {
      const dt = document.createElement("dt"); dt.textContent = name;
      const dd = document.createElement("dd"); dd.textContent = value;
      return [dt, dd];
    }));
  }

  const input = () => ({
    name: $("campaign-name").value,
    text: $("campaign-text").value,
    linkUrl: $("campaign-link").value || null,
    linkTitle: $("campaign-link-title").value || null,
    imageUrl: $("campaign-image").value || null,
    joinContest: $("campaign-join-contest").checked,
    topics: checked("campaign-topic"),
    localities: [...$("campaign-localities").selectedOptions].map((o) => o.value),
    channels: checked("campaign-channel"),
    accounts: checked("campaign-account"),
    activeWithinDays: $("campaign-active").value ? Number($("campaign-active").value) : null,
    scheduledAt: $("campaign-scheduled").value,
    expiresAt: $("campaign-expires").value || null,
  });

  async function act(label, call) {
    const campaign = await call();
    show(await admin.api("GET", `/campaigns/${campaign.id}`));
    await load();
    admin.say(`${label}: ${campaign.name}.`);
  }

  admin.tabs.campaigns = load;
  $("campaign-new").addEventListener("click", () => show(null));
  $("campaign-template").addEventListener("click", admin.run(async () => { fillChoices(); show(await admin.api("GET", "/campaigns/templates/ngay-cds")); }));
  $("campaign-save").addEventListener("click", admin.run(() => act("Đã lưu chiến dịch", () =>
    current ? admin.api("PUT", `/campaigns/${current.id}`, input()) : admin.api("POST", "/campaigns", input()))));
  $("campaign-audience").addEventListener("click", admin.run(async () => {
    // What the form says now, saved or not.
    const counts = await admin.api("POST", "/campaigns/audience", input());
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    admin.say(`Người nhận hiện có: ${total} (Zalo ${counts.zalo ?? 0}, Messenger ${counts.messenger ?? 0}, trang web ${counts.webchat ?? 0}).`);
  }));
  $("campaign-preview-button").addEventListener("click", admin.run(async () => {
    // The message as each channel sends it, from what the form says now (the same code that sends it).
    const result = await admin.api("POST", "/campaigns/preview", input());
    $("campaign-preview").replaceChildren(...admin.previewColumns([
      { name: "Zalo", result: result.zalo, note: "Người dân đã nhắn OA trong 48 giờ qua: tin tư vấn." },
      { name: "Zalo (tin truyền thông)", result: result.zalo.promotion, note: "Người quan tâm OA chưa nhắn trong 48 giờ: mẫu tin truyền thông, tính vào hạn mức tháng." },
      { name: "Messenger", result: result.messenger, note: "Gửi như tin cập nhật cho người đã nhắn trang." },
      { name: "Trang web", result: result.web, note: "Hiện ngay nếu trang đang mở, nếu không thì ở lần ghé sau." },
    ]));
    admin.say("Liên kết trong bản xem trước là liên kết đếm lượt bấm; mỗi người nhận có liên kết riêng.");
  }));
  for (const [id, path, label] of [["campaign-approve", "approve", "Đã duyệt chiến dịch"], ["campaign-pause", "pause", "Đã tạm dừng"], ["campaign-resume", "resume", "Đã tiếp tục gửi"], ["campaign-cancel", "cancel", "Đã hủy chiến dịch"]]) {
    $(id).addEventListener("click", admin.run(async () => {
      if (!current) { admin.say("Mở một chiến dịch trước.", true); return; }
      await act(label, () => admin.api("POST", `/campaigns/${current.id}/${path}`));
    }));
  }
})();
