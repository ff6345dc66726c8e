// "Cuộc thi" page: create a quiz contest (one round, a question bank typed as blocks), see each round's leaderboard,
// download its results (XLSX), and, as a publisher, disqualify an entry with a reason. Over /admin/api/contests.
(() => {
  const $ = (id) => document.getElementById(id);
  const admin = window.cdsAdmin;
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text ?? ""; return td; };
  const channelText = { zalo: "Zalo", messenger: "Messenger", webchat: "Trang web" };
  const shown = (value) => new Date(value).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });

  // Questions are typed one block each, blocks apart by an empty line: the question, then one answer a line, the
  // right answer starting with "*".
  function questions(text) {
    return text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).map((block, i) => {
      const [question, ...answers] = block.split("\n").map((l) => l.trim()).filter(Boolean);
      const correct = answers.findIndex((a) => a.startsWith("*"));
      if (answers.length < 2 || correct < 0) throw new Error(`Câu hỏi số ${i + 1}: cần ít nhất 2 đáp án, đáp án đúng bắt đầu bằng dấu *.`);
      return { text: question, choices: answers.map((a) => a.replace(/^\*\s*/, "")), correct };
    });
  }

  async function board(round, box) {
    const entries = await admin.api("GET", `/contests/rounds/${round.id}/leaderboard`);
    const table = document.createElement("table");
    table.setAttribute("aria-label", `Bảng xếp hạng ${round.name}`);
    const head = document.createElement("thead");
    head.innerHTML = "<tr><th>Hạng</th><th>Kênh</th><th>Người dự thi</th><th>Số câu đúng</th><th>Thời gian (giây)</th><th></th></tr>";
    const body = document.createElement("tbody");
    body.append(...entries.map((e) => {
      const row = document.createElement("tr");
      const actions = document.createElement("td");
      if (admin.isPublisher()) {
        const out = document.createElement("button");
        out.type = "button"; out.textContent = "Loại";
        out.addEventListener("click", admin.run(async () => {
          const reason = prompt("Lý do loại bài thi này?");
          if (!reason) return;
          await admin.api("POST", `/contests/attempts/${e.attemptId}/disqualify`, { reason });
          admin.say("Đã loại bài thi.");
          await board(round, box);
        }));
        actions.append(out);
      }
      row.append(cell(e.rank), cell(channelText[e.channel] ?? e.channel), cell(e.userId), cell(e.correct), cell((e.elapsedMilliseconds / 1000).toLocaleString("vi-VN")), actions);
      return row;
    }));
    table.append(head, body);
    box.replaceChildren(entries.length ? table : Object.assign(document.createElement("p"), { textContent: "Chưa có bài thi nào hoàn thành." }));
  }

  async function load() {
    const contests = await admin.api("GET", "/contests");
    $("contests").replaceChildren(...contests.map((contest) => {
      const article = document.createElement("article");
      article.className = "editor";
      const title = document.createElement("h3");
      title.textContent = `${contest.title} (${contest.organiser}): ${contest.questions} câu hỏi, mỗi lượt ${contest.questionsPerAttempt} câu, mỗi câu ${contest.secondsPerQuestion} giây`;
      article.append(title);
      for (const round of contest.rounds) {
        const line = document.createElement("p");
        line.textContent = `${round.name}: ${shown(round.startsAt)} – ${shown(round.endsAt)} `;
        const show = document.createElement("button");
        show.type = "button"; show.textContent = "Bảng xếp hạng";
        const box = document.createElement("div");
        show.addEventListener("click", admin.run(() => board(round, box)));
        const download = document.createElement("a");
        download.href = `/admin/api/contests/rounds/${round.id}/results.xlsx`; download.textContent = "Tải kết quả (XLSX)";
        line.append(show, " ", download);
        article.append(line, box);
      }
      return article;
    }));
    if (contests.length === 0) $("contests").textContent = "Chưa có cuộc thi nào.";
  }

  $("contest-form").addEventListener("submit", admin.run(async () => {
    const body = {
      title: $("contest-title").value,
      organiser: $("contest-organiser").value,
      rules: $("contest-rules").value,
      questionsPerAttempt: Number($("contest-per-attempt").value),
      secondsPerQuestion: Number($("contest-seconds").value),
      predictionQuestion: $("contest-prediction").value || null,
      rounds: [{ name: $("contest-round").value, startsAt: $("contest-starts").value, endsAt: $("contest-ends").value }],
      questions: questions($("contest-questions").value),
    };
    await admin.api("POST", "/contests", body);
    $("contest-form").reset();
    admin.say(`Đã tạo cuộc thi: ${body.title}. Người dân gõ "thi" để tham gia khi vòng thi mở.`);
    await load();
  }));

  admin.tabs.contests = load;
})();
