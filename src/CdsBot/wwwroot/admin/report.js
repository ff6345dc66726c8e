// "Báo cáo kết quả tuyên truyền" on the Tổng quan page: choose a period, download the report as DOCX or XLSX
// (GET /admin/api/reports/propaganda.docx|.xlsx). The links carry the staff cookie like the CSV downloads.
(() => {
  const $ = (id) => document.getElementById(id);
  const vietnamNow = () => new Date(Date.now() + 7 * 3600 * 1000);

  function query() {
    const kind = $("report-kind").value;
    const params = new URLSearchParams({ kind });
    if (kind === "custom") {
      params.set("from", $("report-from").value || $("dashboard-from").value);
      params.set("to", $("report-to").value || $("dashboard-to").value);
    } else {
      params.set("year", $("report-year").value);
      if (kind === "month") params.set("month", $("report-month").value);
    }
    return params.toString();
  }

  function update() {
    const kind = $("report-kind").value;
    document.querySelectorAll("#report-period [data-report]").forEach((label) => {
      const shown = label.dataset.report === "year" ? kind !== "custom" : label.dataset.report === kind;
      label.hidden = !shown;
    });
    const q = query();
    $("report-docx").href = `/admin/api/reports/propaganda.docx?${q}`;
    $("report-xlsx").href = `/admin/api/reports/propaganda.xlsx?${q}`;
  }

  const now = vietnamNow();
  $("report-year").value = String(now.getUTCFullYear());
  $("report-month").value = String(now.getUTCMonth() + 1);
  $("report-period").addEventListener("input", update);
  $("report-period").addEventListener("change", update);
  $("report-period").addEventListener("submit", (e) => e.preventDefault());
  update();
})();
