// The item form's richer fields (sources picked from the registered documents, links, follow-ups picked by their
// question, valid dates typed dd/mm/yyyy or yyyy-mm-dd), the item's URL (#items/{id}), and the preview of its answer
// as Zalo, Messenger and the web chat would send it (POST /admin/api/preview, the channels' own renderers).
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  let followUps = []; // [{ id, question }] in the order the bot offers them
  let links = []; // [{ title, url }]
  let sources = []; // document numbers

  $("item-more").innerHTML = `
    <fieldset>
      <legend>Văn bản nguồn (hiện ở dòng "Nguồn")</legend>
      <ul id="item-sources" class="chips" aria-label="Văn bản nguồn đã chọn"></ul>
      <label>Tìm văn bản nguồn <input id="item-source-search" type="search" placeholder="Số hiệu hoặc tên văn bản" autocomplete="off"></label>
      <ul id="item-source-choices" class="choices" aria-label="Văn bản có thể chọn"></ul>
    </fieldset>
    <fieldset>
      <legend>Liên kết "Xem thêm"</legend>
      <ol id="item-links" class="links"></ol>
      <button type="button" id="item-link-add">Thêm liên kết</button>
    </fieldset>
    <fieldset>
      <legend>Câu hỏi tiếp theo (nút gợi ý kèm theo)</legend>
      <ol id="item-follow-ups" class="chips" aria-label="Câu hỏi tiếp theo đã chọn"></ol>
      <label>Tìm câu hỏi tiếp theo <input id="item-follow-up-search" type="search" placeholder="Gõ vài chữ của câu hỏi" autocomplete="off"></label>
      <ul id="item-follow-up-choices" class="choices" aria-label="Câu hỏi có thể chọn"></ul>
    </fieldset>
    <div class="row">
      <label>Hiệu lực từ ngày <input id="item-valid-from" inputmode="numeric" placeholder="dd/mm/yyyy"></label>
      <label>Hiệu lực đến ngày <input id="item-valid-to" inputmode="numeric" placeholder="dd/mm/yyyy"></label>
    </div>
    <fieldset>
      <legend>Nội dung theo năm (để trống nếu câu trả lời không đổi theo năm)</legend>
      <p class="hint">Các mục cùng một chuỗi (ví dụ “Chủ đề Ngày Chuyển đổi số quốc gia”) trả lời cùng một câu hỏi cho từng năm; người dân hỏi “năm nay”, “năm 2026” sẽ nhận mục của năm đó.</p>
      <label>Tên chuỗi <input id="item-series" placeholder="Chủ đề Ngày Chuyển đổi số quốc gia"></label>
      <div class="row">
        <label>Kỳ từ ngày <input id="item-period-from" inputmode="numeric" placeholder="dd/mm/yyyy"></label>
        <label>Kỳ đến ngày <input id="item-period-to" inputmode="numeric" placeholder="dd/mm/yyyy"></label>
      </div>
    </fieldset>`;

  const button = (text, onClick, label) => {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = text; b.addEventListener("click", onClick);
    if (label) b.setAttribute("aria-label", label);
    return b;
  };
  const li = (...children) => { const item = document.createElement("li"); item.append(...children); return item; };
  const documentName = (number) => admin.catalog?.documents.find((d) => d.number === number)?.citation ?? number;

  // Dates: staff type dd/mm/yyyy (as on paper) or yyyy-mm-dd; the API takes yyyy-mm-dd.
  function parseDate(text, field) {
    const value = text.trim();
    if (!value) return null;
    const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    const [day, month, year] = !match ? [] : match[1].length === 4 ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
    const date = match ? new Date(Date.UTC(+year, +month - 1, +day)) : null;
    if (!date || date.getUTCDate() !== +day || date.getUTCMonth() !== +month - 1) {
      throw new Error(`Ngày "${value}" ở ô ${field} không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026.`);
    }
    return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  }
  const showDate = (iso) => (iso ? iso.split("-").reverse().join("/") : "");
  admin.showDate = showDate;

  function drawSources() {
    $("item-sources").replaceChildren(...sources.map((number) => li(`${documentName(number)} `, button("Bỏ", () => { sources = sources.filter((s) => s !== number); drawSources(); }, `Bỏ nguồn ${number}`))));
    const words = $("item-source-search").value.trim().toLowerCase();
    const choices = (admin.catalog?.documents ?? []).filter((d) => !sources.includes(d.number) && words && `${d.number} ${d.citation}`.toLowerCase().includes(words)).slice(0, 8);
    $("item-source-choices").replaceChildren(...choices.map((d) => li(button(d.citation, () => { sources.push(d.number); $("item-source-search").value = ""; drawSources(); }))));
  }

  function drawLinks() {
    $("item-links").replaceChildren(...links.map((link, i) => {
      const title = document.createElement("input");
      title.value = link.title; title.placeholder = "Cổng Dịch vụ công quốc gia"; title.setAttribute("aria-label", `Tên liên kết ${i + 1}`);
      title.addEventListener("input", () => { link.title = title.value; });
      const url = document.createElement("input");
      url.type = "url"; url.value = link.url; url.placeholder = "https://"; url.setAttribute("aria-label", `Địa chỉ liên kết ${i + 1}`);
      url.addEventListener("input", () => { link.url = url.value; });
      const row = li(title, url, button("Bỏ", () => { links.splice(i, 1); drawLinks(); }, `Bỏ liên kết ${i + 1}`));
      row.className = "row";
      return row;
    }));
  }

  function drawFollowUps() {
    $("item-follow-ups").replaceChildren(...followUps.map((f) => li(`${f.question} `, button("Bỏ", () => { followUps = followUps.filter((x) => x.id !== f.id); drawFollowUps(); }, `Bỏ câu hỏi tiếp theo: ${f.question}`))));
  }

  let searching = 0;
  async function searchFollowUps() {
    const words = $("item-follow-up-search").value.trim();
    const asked = ++searching;
    const found = words.length < 2 ? [] : await admin.api("GET", `/items?status=published&q=${encodeURIComponent(words)}`);
    if (asked !== searching) return; // a later keystroke's search answers instead
    const self = admin.currentItem()?.id;
    // The search finds every item holding the words; those whose question reads as typed come first.
    const plain = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    const typed = plain(words);
    const ranked = found.filter((i) => i.id !== self && !followUps.some((f) => f.id === i.id))
      .map((i) => ({ i, rank: plain(i.live.question).includes(typed) ? 0 : 1 })).sort((a, b) => a.rank - b.rank).map((r) => r.i);
    $("item-follow-up-choices").replaceChildren(...ranked.slice(0, 8)
      .map((i) => li(button(i.live.question, () => { followUps.push({ id: i.id, question: i.live.question }); $("item-follow-up-search").value = ""; $("item-follow-up-choices").replaceChildren(); drawFollowUps(); }))));
  }

  async function fill(content, item) {
    sources = [...(content.sources ?? [])];
    links = (content.links ?? []).map((l) => ({ ...l }));
    followUps = (content.followUps ?? []).map((id) => ({ id, question: id }));
    $("item-valid-from").value = showDate(content.validFrom);
    $("item-valid-to").value = showDate(content.validTo);
    $("item-series").value = content.series ?? "";
    $("item-period-from").value = showDate(content.periodFrom);
    $("item-period-to").value = showDate(content.periodTo);
    $("item-source-search").value = ""; $("item-follow-up-search").value = "";
    $("item-source-choices").replaceChildren(); $("item-follow-up-choices").replaceChildren();
    $("item-preview").replaceChildren();
    $("item-history").hidden = !item || item.version === 0;
    if (item && location.hash !== `#items/${encodeURIComponent(item.id)}` && !$("tab-items").hidden) history.replaceState(null, "", `#items/${encodeURIComponent(item.id)}`);
    drawSources(); drawLinks(); drawFollowUps();
    // Follow-ups are stored as ids; staff read them as questions.
    const shown = followUps;
    const questions = await Promise.all(shown.map((f) => admin.api("GET", `/items/${encodeURIComponent(f.id)}`).then((i) => i.live.question).catch(() => `${f.id} (không tìm thấy)`)));
    if (shown !== followUps) return;
    shown.forEach((f, i) => { f.question = questions[i]; });
    drawFollowUps();
  }

  const read = () => ({
    sources: [...sources],
    links: links.map((l) => ({ title: l.title.trim(), url: l.url.trim() })).filter((l) => l.url),
    followUps: followUps.map((f) => f.id),
    validFrom: parseDate($("item-valid-from").value, "Hiệu lực từ ngày"),
    validTo: parseDate($("item-valid-to").value, "Hiệu lực đến ngày"),
    series: $("item-series").value.trim() || null,
    periodFrom: parseDate($("item-period-from").value, "Kỳ từ ngày"),
    periodTo: parseDate($("item-period-to").value, "Kỳ đến ngày"),
  });

  // The preview: each channel's messages in order, as the citizen's phone shows them.
  const channelNames = { zalo: "Zalo", messenger: "Messenger", web: "Trang web" };
  function bubbles(name, result) {
    return result.messages.map((m, i) => {
      const bubble = document.createElement("li");
      bubble.className = "bubble";
      const payload = m.attachment?.payload;
      const template = (payload?.elements ?? []).filter((e) => e.type === "header" || e.type === "text").map((e) => e.content).join("\n");
      const text = m.text ?? payload?.text ?? (template || null) ?? (m.attachment ? `[${payload?.template_type === "media" || m.attachment.type === "image" ? "Ảnh" : "Mẫu tin"}]` : "");
      const part = document.createElement("small");
      part.textContent = `Phần ${i + 1}/${result.messages.length}${text ? ` · ${text.length} ký tự` : ""}`;
      const body = document.createElement("p");
      bubble.append(part, body);
      // A long part shows its beginning and end (where it is cut, and the "Nguồn" line); the whole on demand.
      if (text.length > 600) {
        body.textContent = `${text.slice(0, 260).trimEnd()} … ${text.slice(-260).trimStart()}`;
        const whole = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = "Xem đủ phần này";
        const full = document.createElement("p");
        full.textContent = text;
        whole.append(summary, full);
        whole.addEventListener("toggle", () => { body.hidden = whole.open; });
        bubble.append(whole);
      } else {
        body.textContent = text;
      }
      const buttons = [...(payload?.buttons ?? []), ...(m.buttons ?? [])].map((b) => b.title);
      const quick = (m.quick_replies ?? m.quickReplies ?? []).map((q) => q.title);
      for (const [titles, css, label] of [[buttons, "buttons", "Nút"], [quick, "quick", "Nút trả lời nhanh"]]) {
        if (titles.length === 0) continue;
        const list = document.createElement("ul");
        list.className = css; list.setAttribute("aria-label", `${label} trên ${name}`);
        list.append(...titles.map((t) => li(t)));
        bubble.append(list);
      }
      return bubble;
    });
  }

  // One column per channel (title, then its messages as bubbles); shared with the campaign form's preview.
  function previewColumns(columns) {
    return columns.filter((c) => c.result).map(({ name, result: sent, note }) => {
      const column = document.createElement("section");
      column.className = "channel";
      column.setAttribute("aria-label", `Xem trước trên ${name}`);
      const title = document.createElement("h3");
      title.textContent = `${name}: ${sent.messages.length} tin nhắn${sent.maxTextLength ? ` (tối đa ${sent.maxTextLength} ký tự mỗi tin)` : ""}`;
      column.append(title);
      if (note) { const p = document.createElement("p"); p.className = "note"; p.textContent = note; column.append(p); }
      const list = document.createElement("ol");
      list.className = "bubbles";
      list.append(...bubbles(name, sent));
      column.append(list);
      return column;
    });
  }
  admin.previewColumns = previewColumns;

  async function preview() {
    const current = admin.currentItem();
    const result = await admin.api("POST", "/preview", { id: current?.id ?? ($("item-id").value.trim() || null), content: admin.itemContent() });
    $("item-preview").replaceChildren(...previewColumns(["zalo", "messenger", "web"].map((channel) => ({ name: channelNames[channel], result: result[channel] }))));
    admin.say("Bản xem trước dùng câu trả lời đã soạn; khi bật diễn đạt lại, câu chữ gửi đi có thể khác (trừ mục giữ nguyên văn), dòng \"Nguồn\" thì không đổi.");
  }

  const previewBox = document.createElement("div");
  previewBox.id = "item-preview"; previewBox.className = "preview"; previewBox.setAttribute("aria-label", "Xem trước tin nhắn gửi người dân");
  $("editor").append(previewBox);
  const historyButton = button("Lịch sử", () => admin.showTab("history", admin.currentItem().id));
  historyButton.id = "item-history"; historyButton.hidden = true;
  $("unpublish").after(button("Xem trước", admin.run(preview)), historyButton);

  $("item-source-search").addEventListener("input", drawSources);
  $("item-follow-up-search").addEventListener("input", () => searchFollowUps().catch((e) => admin.say(e.message, true)));
  $("item-link-add").addEventListener("click", () => { links.push({ title: "", url: "" }); drawLinks(); });

  // #items/{id} opens that item (after a reload, or back from its history).
  admin.tabs.items = async (id) => {
    if (!id || admin.currentItem()?.id === id) return;
    admin.editItem(await admin.api("GET", `/items/${encodeURIComponent(id)}`));
  };
  admin.itemForm = { fill: (content, item) => { fill(content, item).catch((e) => admin.say(e.message, true)); }, read };
  fill({}, null);
})();
