// "Tổng quan" page: the figures of a period (GET /admin/api/dashboard?from&to), each chart drawn with Chart.js (shipped
// in vendor/, no CDN), with its table a button away and its CSV to download (/admin/api/dashboard/{chart}.csv).
(() => {
  const admin = window.cdsAdmin;
  const $ = (id) => document.getElementById(id);
  const palette = ["#0b5cad", "#1f8a4c", "#d97706", "#b42318", "#6941c6", "#0e7490", "#4a5868"];
  const colours = { satisfaction: ["#1f8a4c", "#b42318"] }; // 👍 green, 👎 red
  const number = (value) => (typeof value === "number" ? value.toLocaleString("vi-VN") : value ?? "");
  let charts = [];

  // Today in Vietnam (UTC+7 all year), as yyyy-MM-dd.
  const vietnamDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3600 * 1000 + offsetDays * 86400 * 1000).toISOString().slice(0, 10);

  function table(chart) {
    const element = document.createElement("table");
    element.className = "dash-table";
    const caption = document.createElement("caption");
    caption.textContent = chart.title;
    const head = document.createElement("tr");
    chart.columns.forEach((c) => { const th = document.createElement("th"); th.scope = "col"; th.textContent = c; head.append(th); });
    const thead = document.createElement("thead"); thead.append(head);
    const tbody = document.createElement("tbody");
    chart.rows.forEach((r) => {
      const row = document.createElement("tr");
      r.forEach((value) => { const td = document.createElement("td"); td.textContent = number(value); if (typeof value === "number") td.className = "num"; row.append(td); });
      tbody.append(row);
    });
    element.append(caption, thead, tbody);
    return element;
  }

  function draw(canvas, chart) {
    const labels = chart.rows.map((r) => String(r[0]));
    const colour = colours[chart.key] ?? palette;
    const datasets = chart.series.map((column, i) => ({
      label: chart.columns[column],
      data: chart.rows.map((r) => r[column]),
      backgroundColor: chart.chart === "doughnut" ? labels.map((_, j) => colour[j % colour.length]) : colour[i % colour.length],
      borderColor: chart.chart === "line" ? colour[i % colour.length] : undefined,
    }));
    const stacked = chart.chart === "stacked";
    const horizontal = chart.chart === "hbar";
    // Long questions are cut on the axis; the table view has them whole.
    const shorten = (text) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
    return new window.Chart(canvas, {
      type: chart.chart === "doughnut" ? "doughnut" : chart.chart === "line" ? "line" : "bar",
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: chart.chart === "doughnut" || datasets.length > 1 } },
        scales: chart.chart === "doughnut" ? {} : {
          x: { stacked, beginAtZero: true, ticks: horizontal ? { precision: 0 } : { callback(value) { return shorten(String(this.getLabelForValue(value))); } } },
          y: { stacked, beginAtZero: true, ticks: horizontal ? { callback(value) { return shorten(String(this.getLabelForValue(value))); } } : { precision: 0 } },
        },
      },
    });
  }

  function card(chart, from, to) {
    const article = document.createElement("article");
    article.className = "dash-card";
    article.dataset.chart = chart.key;
    const heading = document.createElement("h3");
    heading.id = `dash-${chart.key}-title`;
    heading.textContent = chart.title;
    article.setAttribute("aria-labelledby", heading.id);
    const tools = document.createElement("div");
    tools.className = "row";
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.textContent = "Xem dạng bảng";
    toggle.setAttribute("aria-pressed", "false");
    const csv = document.createElement("a");
    csv.href = `/admin/api/dashboard/${chart.key}.csv?from=${from}&to=${to}`;
    csv.download = "";
    csv.textContent = "Tải CSV";
    tools.append(toggle, csv);
    const view = document.createElement("div");
    view.className = "dash-chart";
    const data = table(chart);
    data.hidden = true;
    if (chart.rows.length === 0) {
      const empty = document.createElement("p");
      empty.textContent = "Chưa có số liệu trong khoảng thời gian này.";
      view.append(empty);
    } else {
      const canvas = document.createElement("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", `Biểu đồ: ${chart.title}`);
      view.append(canvas);
      // Drawn once the card is in the page, so Chart.js can measure it.
      queueMicrotask(() => charts.push(draw(canvas, chart)));
    }
    toggle.addEventListener("click", () => {
      const showTable = data.hidden;
      data.hidden = !showTable; view.hidden = showTable;
      toggle.textContent = showTable ? "Xem biểu đồ" : "Xem dạng bảng";
      toggle.setAttribute("aria-pressed", String(showTable));
    });
    article.append(heading, tools, view, data);
    return article;
  }

  // Publishers: this week's digest and the items whose validity ends within 30 days, soonest first, each a link to open.
  async function loadExpiring() {
    const box = $("dashboard-expiring");
    box.hidden = !admin.isPublisher();
    if (box.hidden) return;
    const report = await admin.api("GET", "/dashboard/expiring");
    $("expiring-digest").textContent = report.digest.text;
    $("expiring-table").hidden = report.items.length === 0;
    const shown = (iso) => iso.split("-").reverse().join("/");
    $("expiring-items").replaceChildren(...report.items.map((item) => {
      const row = document.createElement("tr");
      const cells = [shown(item.validTo), item.daysLeft === 0 ? "Hôm nay là ngày cuối" : `${item.daysLeft} ngày`, item.question];
      cells.forEach((text) => { const td = document.createElement("td"); td.textContent = text; row.append(td); });
      const open = document.createElement("a");
      open.href = `#items/${encodeURIComponent(item.id)}`;
      open.textContent = "Mở mục";
      open.setAttribute("aria-label", `Mở mục: ${item.question}`);
      const td = document.createElement("td"); td.append(open); row.append(td);
      return row;
    }));
  }

  async function load() {
    loadExpiring().catch((e) => admin.say(e.message, true));
    if (!$("dashboard-from").value) $("dashboard-from").value = vietnamDay(-29);
    if (!$("dashboard-to").value) $("dashboard-to").value = vietnamDay();
    const [from, to] = [$("dashboard-from").value, $("dashboard-to").value];
    const figures = await admin.api("GET", `/dashboard?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    charts.forEach((c) => c.destroy());
    charts = [];
    $("dashboard-charts").replaceChildren(...figures.charts.map((c) => card(c, figures.from, figures.to)));
    $("dashboard-charts").setAttribute("aria-busy", "false");
  }

  $("dashboard-period").addEventListener("submit", admin.run(async () => { $("dashboard-charts").setAttribute("aria-busy", "true"); await load(); }));
  admin.tabs.dashboard = load;
})();
